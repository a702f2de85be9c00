import { withCron } from "@/server/cron/with-cron";
import { sendDailySummaries } from "@/server/services/daily-summary/send-daily-summaries";

/** Vercel stops the function after this many seconds (allowed on every plan). */
export const maxDuration = 60;

/**
 * GET /api/cron/daily-summary — Vercel Cron, hourly (vercel.json): sends the daily summary to every
 * user whose send hour has come today (sendDailySummaries), answering `{ sent, skipped, failed }`.
 * Not once per slot: the DailySummary row per user and local day is what makes it send once, so a
 * repeated or late call is harmless and catches up a skipped run.
 */
export const GET = withCron({
  route: "daily-summary",
  schedule: "0 * * * *",
  run: ({ now }) => sendDailySummaries({ now: now() }),
});
