import { createFirstAdmin, hasUsers } from "./create-first-admin";

/**
 * Creates the admin account from ADMIN_EMAIL and ADMIN_PASSWORD (and optional ADMIN_NAME)
 * when both are set and no user exists yet, for headless installs.
 * @returns the email of the created admin, or null when nothing was done.
 * @throws ValidationError when the variables hold an invalid email or a too-short password.
 */
export async function ensureAdminFromEnv(env: Record<string, string | undefined> = process.env): Promise<string | null> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD || (await hasUsers())) return null;
  const admin = await createFirstAdmin({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, name: env.ADMIN_NAME || "Admin" });
  return admin.email;
}
