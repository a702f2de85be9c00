import "server-only";
import { enumLabel } from "@/lib/enums";
import { ConflictError } from "@/server/errors";
import type { Delivery } from "@/server/services/email/deliver-email";
import { findSuppression } from "@/server/services/suppression/find-suppression";
import type { SummaryRecipient } from "./build-daily-summary";
import { deliverDailySummary } from "./deliver-daily-summary";

/**
 * Profile → "Send me one now": today's summary to the signed-in user's own address at once,
 * whatever the hour, the weekday or their choice. It does not take the day's slot (no
 * DailySummary row), so the scheduled summary still goes out at the send hour.
 * @param now - the current instant (injected so tests control the clock).
 * @throws ConflictError when the address is on the suppression list; ServiceError(502) when
 *   Resend did not send it.
 */
export async function sendDailySummaryNow(actor: SummaryRecipient & { email: string }, now = new Date()): Promise<Delivery & { to: string }> {
  const suppression = await findSuppression(actor.email);
  if (suppression) throw new ConflictError(`${actor.email} is on the suppression list (${enumLabel(suppression.reason).toLowerCase()}), so no email goes to it`);
  return { ...(await deliverDailySummary(actor, now)), to: actor.email };
}
