import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/server/db";
import { authOptions } from "./options";
import type { Role } from "@/lib/enums";

export type CurrentUser = { id: string; email: string; name: string; role: Role; timeZone: string };

/**
 * The signed-in user, loaded fresh from the database (so role changes apply at once), or
 * null without a valid session. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true },
  });
  // Users without an email (created by an import) cannot have signed in.
  return user?.email ? { ...user, email: user.email } : null;
});

/** The signed-in user; redirects to /sign-in without a session. For pages and server actions. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
