import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";

/**
 * A user's own sender name and Reply-To (Profile → Email sender), null where they use the defaults.
 * @throws NotFoundError for an unknown user.
 */
export async function getUserSender(userId: string): Promise<{ name: string; emailFromName: string | null; emailReplyTo: string | null }> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { name: true, emailFromName: true, emailReplyTo: true } });
  if (!user) throw new NotFoundError("User");
  return user;
}
