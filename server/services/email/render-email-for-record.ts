import type { SendEmailData } from "@/lib/validation/send-email";
import { renderTemplate, type RenderedTemplate } from "@/server/email/render-template";
import { NotFoundError } from "@/server/errors";
import { getTemplate } from "@/server/services/templates/get-template";
import { loadTemplateContext } from "@/server/services/templates/load-template-context";
import { findEmailRecipient, type EmailRecipient } from "./find-email-recipient";

/**
 * An email from the send dialog rendered for its record's recipient, as `actor` sends it: the
 * recipient (checked: has an address, not suppressed) and the subject, HTML and text parts
 * (renderTemplate with the lead's or contact's variables and the sender's).
 * @param data - parsed sendEmailInputSchema.
 * @throws NotFoundError for an unknown record, template or variant; ValidationError on `to` (see
 *   findEmailRecipient).
 */
export async function renderEmailForRecord(actor: { id: string; timeZone: string }, data: SendEmailData): Promise<{ recipient: EmailRecipient; rendered: RenderedTemplate }> {
  if (data.templateId) await assertTemplateVariant(data.templateId, data.variant);
  const recipient = await findEmailRecipient(data, actor.timeZone);
  const context = await loadTemplateContext({ senderId: actor.id, ...recipient.context });
  const rendered = await renderTemplate({ subject: data.subject, body: data.body }, context);
  return { recipient, rendered };
}

/** @throws NotFoundError unless the template exists and has the variant (A: its own text). */
async function assertTemplateVariant(templateId: string, label: string): Promise<void> {
  const template = await getTemplate(templateId);
  if (label !== "A" && !template.variants.some((v) => v.label === label)) throw new NotFoundError(`Variant ${label}`);
}
