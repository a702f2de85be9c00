import { CHANNEL_TEMPLATE_CATEGORY, type LinkChannel } from "@/lib/outreach/channels/channels";
import { channelMessageQuerySchema, type ChannelMessageQuery } from "@/lib/validation/outreach-channels";
import { getDb } from "@/server/db";
import { renderTemplate } from "@/server/email/render-template";
import { NotFoundError } from "@/server/errors";
import { isSmsProviderConfigured } from "@/server/sms/twilio-client";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { loadChannelTarget } from "./load-channel-target";

/** A template the one-click dialog offers for a channel. */
export type ChannelTemplateOption = { id: string; name: string; favourite: boolean };

/** What the one-click dialog shows for a record and a channel. */
export type ChannelMessage = {
  channel: LinkChannel;
  name: string;
  /** The stored number as written, its E.164 form, or why there is none (shown instead of a link). */
  phone: { raw: string | null; e164: string | null; problem: string | null };
  /** Why this channel must not be used (SMS to someone who unsubscribed), else null. */
  refusal: string | null;
  templates: ChannelTemplateOption[];
  /** The template rendered, or null for none. */
  templateId: string | null;
  /** The rendered message (WhatsApp, SMS) or call script, as plain text; "" without a template. */
  text: string;
  /** How an SMS goes: through Twilio (TWILIO_* set) or the phone's own app (an sms: link). */
  smsVia: "twilio" | "link";
};

/**
 * Prepares a one-click message for a lead or a contact (issue 12 §1): its number normalised to
 * E.164 from the record's country (or the reason it cannot be), the templates of the channel's
 * category (DM for WhatsApp and SMS, call scripts for calls; favourites first, then by name, at
 * most 200), and the chosen one (by default the first listed) rendered for the record as plain
 * text — renderTemplate's text part, the renderer of every send. Nothing is stored; any signed-in
 * user may prepare a message to any record (as with previews).
 * @throws ValidationError for a malformed query; NotFoundError for an unknown record or template
 *   (or one of another category).
 */
export async function prepareChannelMessage(actor: Actor, input: ChannelMessageQuery): Promise<ChannelMessage> {
  const query = parseOrThrow(channelMessageQuerySchema, input);
  const category = CHANNEL_TEMPLATE_CATEGORY[query.channel];
  const [target, templates] = await Promise.all([
    loadChannelTarget(query, query.channel, actor.id),
    getDb().template.findMany({
      where: { category },
      orderBy: [{ favourite: "desc" }, { name: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, name: true, favourite: true },
    }),
  ]);
  const templateId = query.templateId === undefined ? (templates[0]?.id ?? null) : query.templateId || null;
  let text = "";
  if (templateId) {
    const template = await getDb().template.findFirst({ where: { id: templateId, category }, select: { subject: true, body: true } });
    if (!template) throw new NotFoundError("Template");
    text = (await renderTemplate(template, target.context)).text;
  }
  return {
    channel: query.channel,
    name: target.name,
    phone: { raw: target.rawPhone, e164: target.phone.ok ? target.phone.e164 : null, problem: target.phone.ok ? null : target.phone.reason },
    refusal: query.channel === "SMS" ? target.smsRefusal : null,
    templates,
    templateId,
    text,
    smsVia: isSmsProviderConfigured() ? "twilio" : "link",
  };
}
