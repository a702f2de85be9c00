import { templatePreviewSchema, type TemplatePreviewInput } from "@/lib/validation/template";
import { renderTemplate, type RenderedTemplate, type TemplateSource } from "@/server/email/render-template";
import { NotFoundError } from "@/server/errors";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { getTemplate } from "./get-template";
import { loadTemplateContext } from "./load-template-context";

/**
 * Renders a saved template (one of its variants, A by default) or a draft from the form for a
 * lead or a contact, as `actor` would send it (renderTemplate). Any signed-in user may preview any
 * template with any record; nothing is stored.
 * @throws ValidationError for a malformed request or a draft that would be refused when saved;
 *   NotFoundError for an unknown template, variant, lead or contact.
 */
export async function previewTemplate(actor: Actor, input: TemplatePreviewInput): Promise<RenderedTemplate> {
  const { templateId, variant, draft, leadId, contactId } = parseOrThrow(templatePreviewSchema, input);
  const source = draft ?? (await savedVariant(templateId as string, variant));
  const context = await loadTemplateContext({ senderId: actor.id, leadId, contactId });
  return renderTemplate(source, context);
}

/** The subject and body of a saved template's variant (A: its own). */
async function savedVariant(templateId: string, label: string): Promise<TemplateSource> {
  const template = await getTemplate(templateId);
  if (label === "A") return template;
  const variant = template.variants.find((v) => v.label === label);
  if (!variant) throw new NotFoundError(`Variant ${label}`);
  return variant;
}
