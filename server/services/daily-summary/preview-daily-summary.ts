import "server-only";
import { renderDailySummary } from "@/server/email/render-daily-summary";
import type { RenderedTemplate } from "@/server/email/render-template";
import { buildDailySummary, type SummaryRecipient } from "./build-daily-summary";

/**
 * Profile → "Preview today's summary": the signed-in user's summary for their local today, as the
 * email would be (subject, HTML, text), whatever the hour, the weekday or their choice. Nothing is
 * stored or sent.
 * @param now - the current instant (injected so tests control the clock).
 */
export async function previewDailySummary(actor: SummaryRecipient, now = new Date()): Promise<RenderedTemplate> {
  return renderDailySummary(await buildDailySummary(actor, now));
}
