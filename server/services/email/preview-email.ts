import { sendEmailInputSchema, type SendEmailInput } from "@/lib/validation/send-email";
import type { RenderedTemplate } from "@/server/email/render-template";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { renderEmailForRecord } from "./render-email-for-record";

/**
 * The send dialog's preview: the email as it would be sent to the record's recipient (subject,
 * HTML, text) and the address. Nothing is stored or sent.
 * @throws ValidationError for bad input, a record without an address or a suppressed address
 *   (field `to`); NotFoundError for an unknown record, template or variant.
 */
export async function previewEmail(actor: Actor & { timeZone: string }, input: SendEmailInput): Promise<RenderedTemplate & { to: string }> {
  const data = parseOrThrow(sendEmailInputSchema, input);
  const { recipient, rendered } = await renderEmailForRecord(actor, data);
  return { ...rendered, to: recipient.address };
}
