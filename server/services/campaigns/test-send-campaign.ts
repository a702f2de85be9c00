import { campaignTestSendSchema } from "@/lib/validation/campaign";
import { buildTemplateContext } from "@/lib/templates/template-context";
import { getDb } from "@/server/db";
import { renderTemplate } from "@/server/email/render-template";
import { ValidationError } from "@/server/errors";
import { deliverEmail, type Delivery } from "@/server/services/email/deliver-email";
import { senderForUserId } from "@/server/services/email-settings/sender-for";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { getCampaign } from "./get-campaign";
import { previewCampaignAudience } from "./preview-campaign-audience";

/**
 * "Test send to yourself": renders one variant of the campaign for its first recipient (or, with
 * an empty audience, with the sender's values only), subject prefixed "[Test]", and sends it to
 * the signed-in user's own address through Resend or the outbox (deliverEmail). No recipient of
 * the campaign gets anything and no stats change.
 * @throws NotFoundError (campaign, template), ValidationError (a variant the template lacks),
 *   ServiceError(502) when Resend refused it.
 */
export async function testSendCampaign(actor: Actor & { email: string }, campaignId: string, input: unknown, now: Date = new Date()): Promise<Delivery & { to: string }> {
  const { variant } = parseOrThrow(campaignTestSendSchema, input ?? {});
  const campaign = await getCampaign(campaignId);
  const db = getDb();
  const template = campaign.templateId
    ? await db.template.findUnique({ where: { id: campaign.templateId }, select: { subject: true, body: true, variants: { where: { label: variant }, select: { subject: true, body: true } } } })
    : null;
  if (!template) throw new ValidationError("The campaign has no template", { templateId: ["Choose a template"] });
  const source = variant === "A" ? template : template.variants[0];
  if (!source) throw new ValidationError(`The template has no variant ${variant}`, { variant: [`No variant ${variant}`] });
  const first = (await previewCampaignAudience(campaign.id, now)).first[0];
  const [lead, contact, user] = await Promise.all([
    first?.leadId ? db.lead.findUnique({ where: { id: first.leadId }, select: { name: true, contactName: true, email: true, phone: true, website: true, city: true, country: true, niche: true } }) : null,
    first?.contactId
      ? db.contact.findUnique({ where: { id: first.contactId }, select: { firstName: true, lastName: true, title: true, email: true, phone: true, mobile: true, company: { select: { name: true, website: true, domain: true, city: true, country: true, industry: true } } } })
      : null,
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, email: true } }),
  ]);
  const rendered = await renderTemplate(source, buildTemplateContext({ lead, contact, sender: user }));
  const sender = await senderForUserId(actor.id);
  const { delivery } = await deliverEmail({ from: sender.from, to: actor.email, replyTo: sender.replyTo, ...rendered, subject: `[Test] ${rendered.subject}`, templateId: campaign.templateId, variantLabel: variant, sentById: actor.id }, async () => null, now);
  return { ...delivery, to: actor.email };
}
