import { buildTemplateContext, type ContactForTemplate, type LeadForTemplate, type SenderForTemplate } from "@/lib/templates/template-context";
import { createTemplateEngine } from "@/lib/templates/template-engine";
import { smsLink, telLink, whatsappLink } from "@/lib/outreach/channels/channel-links";
import { normalisePhone } from "@/lib/phone/normalise-phone";
import type { SequenceTaskChannel } from "@/lib/validation/sequence";

const engine = createTemplateEngine();

/** A task step's rendered title, message and one-click link (or why there is none). */
export type TaskMessage = { title: string; message: string; link: string | null; linkLabel: string; problem: string | null };

const LINK_LABELS: Record<SequenceTaskChannel, string> = { WHATSAPP: "Open WhatsApp", SMS: "Open SMS", CALL: "Call", EMAIL: "Open email", DM: "Open profile" };

/**
 * Renders a manual task step for one lead or contact: the title and the script or message as plain
 * text with the template variables (Liquid, buildTemplateContext — the values as they are, no
 * Markdown), and the one-click link of its channel:
 * - WHATSAPP: `https://wa.me/<E.164 digits>?text=<message>`, SMS: `sms:` with the body, CALL:
 *   `tel:` — the number normalised to E.164 from the record's country (normalisePhone); a number
 *   that cannot be says why in `problem`;
 * - EMAIL: a `mailto:` link with the title as subject and the message as body;
 * - DM: the record's website when it has one.
 * @param source - the step's title and message (already checked by checkTemplateSource).
 * @param record - the lead's or contact's template fields, phone and country.
 * @throws the LiquidJS error of a render over a second.
 */
export function renderTaskMessage(
  source: { channel: SequenceTaskChannel; title: string; body: string },
  record: { lead: LeadForTemplate | null; contact: ContactForTemplate | null; phone: string | null; country: string | null; email: string | null; website: string | null },
  sender: SenderForTemplate,
): TaskMessage {
  const context = buildTemplateContext({ lead: record.lead, contact: record.contact, sender });
  const title = String(engine.parseAndRenderSync(source.title, context)).replace(/\s+/g, " ").trim().slice(0, 200) || "Sequence task";
  const message = String(engine.parseAndRenderSync(source.body, context)).trim();
  const label = LINK_LABELS[source.channel];
  if (source.channel === "EMAIL") {
    if (!record.email) return { title, message, link: null, linkLabel: label, problem: "No email address on this record." };
    return { title, message, link: `mailto:${encodeURIComponent(record.email)}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(message)}`, linkLabel: label, problem: null };
  }
  if (source.channel === "DM") {
    return { title, message, link: record.website && /^https?:\/\//i.test(record.website) ? record.website : null, linkLabel: label, problem: null };
  }
  const phone = normalisePhone(record.phone, record.country);
  if (!phone.ok) return { title, message, link: null, linkLabel: label, problem: phone.reason };
  const link = source.channel === "WHATSAPP" ? whatsappLink(phone.e164, message) : source.channel === "SMS" ? smsLink(phone.e164, message) : telLink(phone.e164);
  return { title, message, link, linkLabel: label, problem: null };
}

/** The task's notes: the message, then the link on a line of its own (taskLinkOf reads it back). */
export function taskNotes(rendered: TaskMessage): string {
  const line = rendered.link ? `${rendered.linkLabel}: ${rendered.link}` : rendered.problem ? `No one-click link: ${rendered.problem}` : "";
  return [rendered.message, line].filter(Boolean).join("\n\n").slice(0, 10_000);
}
