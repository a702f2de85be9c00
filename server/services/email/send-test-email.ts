import { renderTemplate } from "@/server/email/render-template";
import { loadTemplateContext } from "@/server/services/templates/load-template-context";
import { senderForUserId } from "@/server/services/email-settings/sender-for";
import type { Actor } from "@/server/services/permissions";
import { deliverEmail, type Delivery } from "./deliver-email";

const TEST_EMAIL = {
  subject: "Leadwell test email",
  body: "This is a test email from **Leadwell**, sent from *Settings → Email*.\n\nIf you can read it, {{ senderName }}, sending works: it came from the From address and Reply-To you see in the settings.",
};

/**
 * Settings → Email → "Send test email": a short email to the signed-in user's own address, from
 * senderFor(them), through Resend or into the outbox like any send (deliverEmail). It is stored as
 * an EmailMessage without a record; no activity.
 * @param now - the current instant (injected so tests control the clock).
 * @throws ServiceError(502) when Resend did not send it (the reason is in the message).
 */
export async function sendTestEmail(actor: Actor & { email: string }, now = new Date()): Promise<Delivery & { to: string }> {
  const sender = await senderForUserId(actor.id);
  const rendered = await renderTemplate(TEST_EMAIL, await loadTemplateContext({ senderId: actor.id }));
  const { delivery } = await deliverEmail({ from: sender.from, to: actor.email, replyTo: sender.replyTo, ...rendered, sentById: actor.id }, async () => null, now);
  return { ...delivery, to: actor.email };
}
