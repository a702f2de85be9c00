import "server-only";
import { advanceEmailStatus } from "@/lib/email/email-status";
import { getDb, type Tx } from "@/server/db";
import { createResendClient } from "@/server/email/resend-client";
import { resendRequestPacer } from "@/server/email/resend-request-pacer";
import type { ResendSendFailure } from "@/server/email/resend-send-failure";
import { sendEmail } from "@/server/email/send-email";
import { listUnsubscribeHeaders } from "@/server/email/unsubscribe-links";
import { ServiceError } from "@/server/errors";

/** One email to store and send: its rendered parts, addresses and the records it belongs to. */
export type EmailDraft = {
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  leadId?: string | null;
  contactId?: string | null;
  dealId?: string | null;
  templateId?: string | null;
  variantLabel?: string | null;
  sentById: string;
  /**
   * Whether it carries the List-Unsubscribe headers (default true). False only for Leadwell's own
   * notices to its users (the daily summary), which they turn off in their profile: an unsubscribe
   * would put their own address on the suppression list.
   */
  listUnsubscribe?: boolean;
};

/** How an email left: through Resend (its email id), or into the local outbox. */
export type Delivery = { messageId: string; outbox: false; providerId: string } | { messageId: string; outbox: true; providerId: null };

/** The user-facing reason of a failed send. */
function failureMessage(failure: ResendSendFailure): string {
  if (failure.kind === "rate_limited") return `Resend is limiting sends right now; try again in ${Math.ceil(failure.retryAfterMs / 1000)} s. Nothing was sent.`;
  if (failure.kind === "transient") return `Resend could not take the email (${failure.statusCode ?? failure.code}: ${failure.message}). Nothing was sent; try again.`;
  return `Resend refused the email (${failure.statusCode ?? failure.code}: ${failure.message}).`;
}

/**
 * Stores an EmailMessage and sends it — the one path of one-off and test sends.
 * - With RESEND_API_KEY: through `sendEmail` with Idempotency-Key `email/<message id>` and (unless
 *   `listUnsubscribe` is false) the List-Unsubscribe headers (RFC 8058), paced by the process's request pacer. Accepted: the
 *   message gets Resend's id, status SENT and `sentAt`. Refused or failed: status FAILED with the
 *   provider's message in `error`, and a ServiceError (502) saying why.
 * - Without it: the message goes to the local outbox (`outbox` true, status SENT); nothing leaves
 *   the server.
 * `afterSent` runs in the transaction that marks the message sent (to log its activity), so the
 * two are stored together.
 * @param now - the current instant (injected so tests control the clock).
 * @throws ServiceError(502) when Resend did not send; whatever `afterSent` throws (its
 *   transaction is rolled back and the message stays QUEUED, so callers check what could refuse
 *   before they call this).
 */
export async function deliverEmail<T>(draft: EmailDraft, afterSent: (tx: Tx, delivery: Delivery) => Promise<T>, now = new Date()): Promise<{ delivery: Delivery; result: T }> {
  const db = getDb();
  const client = createResendClient();
  const { from, to, listUnsubscribe = true, ...rest } = draft;
  const message = await db.emailMessage.create({
    data: { ...rest, fromAddress: from, toAddress: to, outbox: client === null, status: "QUEUED", statusAt: now },
    select: { id: true, status: true },
  });

  let delivery: Delivery;
  if (!client) {
    delivery = { messageId: message.id, outbox: true, providerId: null };
  } else {
    const outcome = await sendEmail({
      client,
      email: {
        from,
        to,
        subject: draft.subject,
        html: draft.html,
        text: draft.text,
        ...(draft.replyTo ? { replyTo: draft.replyTo } : {}),
        ...(listUnsubscribe ? { headers: listUnsubscribeHeaders(message.id) } : {}),
        tags: [{ name: "leadwell_message", value: message.id }],
      },
      idempotencyKey: `email/${message.id}`,
      pacer: resendRequestPacer(),
    });
    if (!outcome.ok) {
      const error = failureMessage(outcome);
      await db.emailMessage.update({ where: { id: message.id }, data: { status: advanceEmailStatus(message.status, "FAILED"), statusAt: new Date(), error } });
      throw new ServiceError(error, 502);
    }
    delivery = { messageId: message.id, outbox: false, providerId: outcome.id };
  }

  const result = await db.$transaction(async (tx) => {
    await tx.emailMessage.update({
      where: { id: message.id },
      data: { providerId: delivery.providerId, status: advanceEmailStatus(message.status, "SENT"), statusAt: now, sentAt: now },
    });
    return afterSent(tx, delivery);
  });
  return { delivery, result };
}
