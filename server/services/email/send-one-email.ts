import { sendEmailInputSchema, type SendEmailInput } from "@/lib/validation/send-email";
import { recordActivity, type LoggedActivity } from "@/server/services/activities/record-activity";
import { senderForUserId } from "@/server/services/email-settings/sender-for";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertCanLogEmail, SENT_EMAIL_ACTIVITY } from "./assert-can-log-email";
import { deliverEmail, type Delivery } from "./deliver-email";
import { renderEmailForRecord } from "./render-email-for-record";

/** What a send did: how the email left, and the timeline entry that records it. */
export type SentOneEmail = Delivery & { to: string; activity: LoggedActivity };

/**
 * Sends one email from a lead, contact or deal page (issue 10 §2).
 * 1. Parses the input (sendEmailInputSchema: one record, subject and Markdown body checked like a
 *    template's) and renders it for the record's recipient (a deal's: its contact's, else its
 *    lead's address) with the record's variables.
 * 2. Refuses what must not be sent, before anything is stored: a record without an address, a
 *    suppressed address (field `to` names the reason and the day), and a send that the activity
 *    rule forbids (it would move a lead `actor` may not edit; see assertCanLogEmail).
 * 3. Stores the EmailMessage and sends it through Resend, or into the local outbox without
 *    RESEND_API_KEY (deliverEmail), from senderFor(actor).
 * 4. Logs an outbound EMAIL activity (outcome contacted; `emailMessageId` set; Resend's id in its
 *    data as `resendId`) through recordActivity, so outreach counts and the lead's stage rule
 *    apply, in the transaction that marks the message sent.
 * @param now - the current instant (injected so tests control the clock).
 * @throws ValidationError (bad input, no or suppressed address); NotFoundError (record, template,
 *   variant); ForbiddenError; ServiceError(502) when Resend did not send (the message is stored
 *   FAILED with the provider's message; no activity).
 */
export async function sendOneEmail(actor: Actor & { timeZone: string }, input: SendEmailInput, now = new Date()): Promise<SentOneEmail> {
  const data = parseOrThrow(sendEmailInputSchema, input);
  const { recipient, rendered } = await renderEmailForRecord(actor, data);
  const { links } = recipient;
  await assertCanLogEmail(actor, links.leadId);
  const sender = await senderForUserId(actor.id);

  const { delivery, result } = await deliverEmail(
    {
      from: sender.from,
      to: recipient.address,
      replyTo: sender.replyTo,
      ...rendered,
      ...links,
      templateId: data.templateId,
      variantLabel: data.templateId ? data.variant : null,
      sentById: actor.id,
    },
    (tx, sent) =>
      recordActivity(
        tx,
        actor,
        {
          ...SENT_EMAIL_ACTIVITY,
          subject: rendered.subject,
          body: rendered.text,
          occurredAt: now,
          durationSeconds: null,
          followUpDay: null,
          ...links,
          companyId: null,
          emailMessageId: sent.messageId,
          data: sent.outbox ? { outbox: true } : { resendId: sent.providerId },
        },
        now,
      ),
    now,
  );
  return { ...delivery, to: recipient.address, activity: result };
}
