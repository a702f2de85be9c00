import { emailRecordSchema, type EmailRecordInput } from "@/lib/validation/send-email";
import { parseOrThrow } from "@/server/services/parse";
import { findEmailRecipient } from "./find-email-recipient";

/**
 * Whom the send dialog of a lead, contact or deal would email, checked as a send checks it, so the
 * dialog shows a missing or suppressed address before anything is written.
 * @throws ValidationError on `to` (no address, suppressed with reason and day, contact
 *   unsubscribed) or for a malformed request; NotFoundError for an unknown record.
 */
export async function checkEmailRecipient(actor: { timeZone: string }, input: EmailRecordInput): Promise<{ address: string; name: string }> {
  const ref = parseOrThrow(emailRecordSchema, input);
  const { address, name } = await findEmailRecipient(ref, actor.timeZone);
  return { address, name };
}
