import { signInSchema } from "@/lib/validation/user";
import { getDb } from "@/server/db";
import { RateLimitError } from "@/server/errors";
import { verifyPassword } from "@/server/auth/password";
import type { Role } from "@/lib/enums";

/** Window and limits for failed sign-ins (OWASP Authentication Cheat Sheet: throttle by account and by source). */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export type SignedInUser = { id: string; email: string; name: string; role: Role };

/**
 * Checks an email and password. Every attempt is recorded; after MAX_FAILURES_PER_EMAIL failed
 * attempts for one email, or MAX_FAILURES_PER_IP from one IP, within SIGN_IN_WINDOW_MS, further
 * attempts are refused without checking the password.
 * @returns the user, or null when the email or password is wrong.
 * @throws RateLimitError while the email or the IP is locked out.
 */
export async function signIn(
  credentials: { email?: unknown; password?: unknown },
  ip: string,
  now: Date = new Date(),
): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  const email = parsed.success ? parsed.data.email : String(credentials.email ?? "").slice(0, 254).toLowerCase();
  const db = getDb();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP) {
    throw new RateLimitError("Too many failed sign-ins. Try again in 15 minutes.");
  }

  const user = parsed.success
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, passwordHash: true },
      })
    : null;
  const ok = !!user?.passwordHash && (await verifyPassword(parsed.data!.password, user.passwordHash));
  await db.signInAttempt.create({ data: { email, ip, succeeded: ok, createdAt: now } });
  if (!ok || !user) return null;
  return { id: user.id, email, name: user.name, role: user.role };
}
