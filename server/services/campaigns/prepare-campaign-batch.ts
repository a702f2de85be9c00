import { buildTemplateContext, type SenderForTemplate } from "@/lib/templates/template-context";
import { getDb } from "@/server/db";
import { compileTemplate, type CompiledTemplate, type TemplateSource } from "@/server/email/render-template";
import type { OutgoingEmail } from "@/server/email/resend-call";
import { listUnsubscribeHeaders, unsubscribeUrl } from "@/server/email/unsubscribe-links";
import type { Sender } from "@/server/services/email-settings/sender-for";
import { templateContactSelect, templateLeadSelect } from "@/server/services/templates/load-template-context";

/** One recipient of a batch, ready to send. */
export type PreparedEmail = { messageId: string; email: OutgoingEmail };

/** What every email of a campaign shares: the sender, the template's variants by label (compileCampaignVariants). */
export type CampaignSendSetup = { campaignId: string; sender: Sender; senderContext: SenderForTemplate; variants: Map<string, CompiledTemplate> };

/**
 * The footer every campaign email ends with: a link to the unsubscribe page (its token signed for
 * each message, filled in as the `unsubscribeUrl` value so the variant renders to HTML once),
 * besides the List-Unsubscribe headers. Markdown, appended to the body source.
 */
const UNSUBSCRIBE_FOOTER = "\n\n---\n\nNot interested? [Unsubscribe]({{ unsubscribeUrl }}) and you will get no more emails from us.";

/**
 * Compiles a campaign's variants once for the whole send (compileTemplate), each with the
 * unsubscribe footer appended to its body.
 * @param variants - subject and body by variant label ("A" is the template itself).
 */
export function compileCampaignVariants(variants: Map<string, TemplateSource>): Map<string, CompiledTemplate> {
  return new Map([...variants].map(([label, source]) => [label, compileTemplate({ subject: source.subject, body: source.body + UNSUBSCRIBE_FOOTER })]));
}

/**
 * Renders the emails of one batch: the QUEUED recipients of `batch`, each with its variant's
 * subject and body for its lead or contact (buildTemplateContext), the unsubscribe footer, the
 * List-Unsubscribe headers (RFC 8058) and a tag naming the message. The same batch renders the
 * same emails byte for byte on every attempt (the link is an HMAC of the message id), which its
 * Idempotency-Key needs: Resend refuses a key reused with another payload.
 * @returns the emails in message-id order (empty when the batch has been sent).
 */
export async function prepareCampaignBatch(setup: CampaignSendSetup, batch: number): Promise<PreparedEmail[]> {
  const messages = await getDb().emailMessage.findMany({
    where: { campaignId: setup.campaignId, batch, status: "QUEUED" },
    orderBy: { id: "asc" },
    select: {
      id: true,
      toAddress: true,
      variantLabel: true,
      lead: { select: templateLeadSelect },
      contact: { select: templateContactSelect },
    },
  });
  const prepared: PreparedEmail[] = [];
  for (const message of messages) {
    const variant = setup.variants.get(message.variantLabel ?? "A") ?? setup.variants.get("A")!;
    prepared.push({ messageId: message.id, email: await renderRecipientEmail({ sender: setup.sender, senderContext: setup.senderContext, variant }, message) });
  }
  return prepared;
}

/**
 * One recipient's email of a campaign or a sequence step: its variant rendered for its lead or
 * contact (buildTemplateContext) with the unsubscribe link of its message, from the sender, with
 * the List-Unsubscribe headers (RFC 8058) and a tag naming the message. The same message renders
 * byte for byte the same on every attempt (the link is an HMAC of the message id).
 * @param variant - compiled with the unsubscribe footer (compileCampaignVariants).
 */
export async function renderRecipientEmail(
  { sender, senderContext, variant }: { sender: Sender; senderContext: SenderForTemplate; variant: CompiledTemplate },
  message: { id: string; toAddress: string; lead: Parameters<typeof buildTemplateContext>[0]["lead"]; contact: Parameters<typeof buildTemplateContext>[0]["contact"] },
): Promise<OutgoingEmail> {
  const context = buildTemplateContext({ lead: message.lead, contact: message.contact, sender: senderContext });
  const rendered = await variant({ ...context, unsubscribeUrl: unsubscribeUrl(message.id) });
  return {
    from: sender.from,
    to: message.toAddress,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
    headers: listUnsubscribeHeaders(message.id),
    tags: [{ name: "leadwell_message", value: message.id }],
  };
}
