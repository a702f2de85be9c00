import { userSenderSchema, type UserSenderInput } from "@/lib/validation/email-settings";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Profile → Email: the signed-in user's own sender name and Reply-To (blank clears them, so their
 * name and the workspace's Reply-To apply; see senderFor).
 * @throws ValidationError with field errors.
 */
export async function updateUserSender(actor: Actor, input: UserSenderInput): Promise<{ id: string; emailFromName: string | null; emailReplyTo: string | null }> {
  const data = parseOrThrow(userSenderSchema, input);
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data, select: { id: true, emailFromName: true, emailReplyTo: true } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "User", entityId: actor.id, changes: data });
    return user;
  });
}
