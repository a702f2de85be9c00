import "server-only";
import { renderDailySummary } from "@/server/email/render-daily-summary";
import { deliverEmail, type Delivery } from "@/server/services/email/deliver-email";
import { senderFor } from "@/server/services/email-settings/sender-for";
import { buildDailySummary, type SummaryRecipient } from "./build-daily-summary";
import type { SummaryRevenueInputs } from "./load-summary-revenue";

/**
 * Builds, renders and sends one user's daily summary for the local day `now` falls in, to their
 * own address, from the workspace sender (Settings → Email; senderFor with no user), through the
 * one path of one-off sends: Resend with RESEND_API_KEY, else the local outbox (deliverEmail). The
 * EmailMessage is stored without a record and with `sentById` the recipient; no activity.
 * @param now - the current instant (injected so tests control the clock).
 * @param revenue - the recurring lines and rates, when the caller loaded them once for many users.
 * @throws ServiceError(502) when Resend did not send it (the message is stored FAILED).
 */
export async function deliverDailySummary(recipient: SummaryRecipient & { email: string }, now: Date, revenue?: SummaryRevenueInputs): Promise<Delivery> {
  const rendered = await renderDailySummary(await buildDailySummary(recipient, now, revenue));
  const sender = await senderFor(null);
  const { delivery } = await deliverEmail({ from: sender.from, to: recipient.email, replyTo: sender.replyTo, ...rendered, sentById: recipient.id, listUnsubscribe: false }, async () => null, now);
  return delivery;
}
