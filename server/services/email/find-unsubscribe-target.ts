import { getDb } from "@/server/db";
import { verifyUnsubscribeToken } from "@/server/email/unsubscribe-token";
import { NotFoundError } from "@/server/errors";
import { findSuppression } from "@/server/services/suppression/find-suppression";

/**
 * What the unsubscribe page shows for a token: the address the email went to, its From, and whether it is
 * already unsubscribed (this email's link used, or the address suppressed for any reason).
 * Reads only; the page's button calls unsubscribeEmailMessage.
 * @throws NotFoundError for a malformed or forged token, or a message that no longer exists.
 */
export async function findUnsubscribeTarget(token: unknown): Promise<{ address: string; from: string; unsubscribed: boolean }> {
  const messageId = verifyUnsubscribeToken(token);
  if (!messageId) throw new NotFoundError("Unsubscribe link");
  const message = await getDb().emailMessage.findUnique({ where: { id: messageId }, select: { toAddress: true, fromAddress: true, unsubscribedAt: true } });
  if (!message) throw new NotFoundError("Unsubscribe link");
  const suppressed = await findSuppression(message.toAddress);
  return { address: message.toAddress, from: message.fromAddress, unsubscribed: message.unsubscribedAt !== null || suppressed !== null };
}
