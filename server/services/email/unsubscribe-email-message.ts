import { advanceEmailStatus } from "@/lib/email/email-status";
import { getDb } from "@/server/db";
import { verifyUnsubscribeToken } from "@/server/email/unsubscribe-token";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { exitSequenceEnrolments } from "@/server/services/sequences/exit-sequence-enrolments";
import { suppressAddress } from "@/server/services/suppression/suppress-address";

/** What an unsubscribe did: the address, and whether this request was the one that unsubscribed it. */
export type Unsubscribed = { address: string; firstTime: boolean };

/**
 * Unsubscribes the recipient of the email an unsubscribe token names — the one-click POST
 * (RFC 8058 §3.1: at once, no sign-in, no further confirmation) and the confirm button of the
 * unsubscribe page both land here. In one transaction:
 * - the address goes on the suppression list (reason UNSUBSCRIBED, this message), so every later
 *   send refuses it;
 * - the message gets `unsubscribedAt` and status UNSUBSCRIBED (advanceEmailStatus: the last word);
 * - the contact it went to is marked email-unsubscribed;
 * - a note on the lead's / contact's / deal's timeline says so (there is no unsubscribe activity
 *   type; the note has no author and carries `data.event = "unsubscribed"`).
 * A second call (a link clicked twice, a mail client retrying) changes nothing and succeeds.
 * @param now - the current instant (injected so tests control the clock).
 * @throws NotFoundError for a malformed or forged token, or a message that no longer exists.
 */
export async function unsubscribeEmailMessage(token: unknown, now = new Date()): Promise<Unsubscribed> {
  const messageId = verifyUnsubscribeToken(token);
  if (!messageId) throw new NotFoundError("Unsubscribe link");
  return getDb().$transaction(async (tx) => {
    const message = await tx.emailMessage.findUnique({
      where: { id: messageId },
      select: { id: true, toAddress: true, subject: true, status: true, unsubscribedAt: true, leadId: true, contactId: true, dealId: true },
    });
    if (!message) throw new NotFoundError("Unsubscribe link");
    await suppressAddress(message.toAddress, { reason: "UNSUBSCRIBED", messageId: message.id }, tx);
    if (message.unsubscribedAt) return { address: message.toAddress, firstTime: false };

    await tx.emailMessage.update({
      where: { id: message.id },
      data: { unsubscribedAt: now, status: advanceEmailStatus(message.status, "UNSUBSCRIBED"), statusAt: now },
    });
    if (message.contactId) await tx.contact.updateMany({ where: { id: message.contactId }, data: { emailStatus: "UNSUBSCRIBED" } });
    // Sequences (issue 12): an unsubscribe ends the recipient's enrolments.
    await exitSequenceEnrolments(tx, { leadId: message.leadId, contactId: message.contactId }, "UNSUBSCRIBED", now);
    if (message.leadId || message.contactId || message.dealId) {
      const activity = await tx.activity.create({
        data: {
          type: "NOTE",
          subject: "Unsubscribed from email",
          body: `${message.toAddress} unsubscribed with the link in “${message.subject}”. Leadwell will not email this address again.`,
          data: { event: "unsubscribed", address: message.toAddress },
          occurredAt: now,
          leadId: message.leadId,
          contactId: message.contactId,
          dealId: message.dealId,
          emailMessageId: message.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: null, action: "create", entityType: "Activity", entityId: activity.id, changes: { type: "NOTE", event: "unsubscribed", emailMessageId: message.id } });
    }
    return { address: message.toAddress, firstTime: true };
  });
}
