import { z } from "zod";
import { defineJobType } from "@/server/jobs/job-type";
import { sendDailySummaries } from "./send-daily-summaries";

/**
 * DAILY_SUMMARY: the self-hosted twin of `GET /api/cron/daily-summary`, enqueued hourly by its
 * JobSchedule (server/jobs/schedules.ts). One attempt: a failed send leaves no DailySummary row,
 * so the next hour's run retries it.
 */
export const dailySummaryJob = defineJobType({
  type: "DAILY_SUMMARY",
  payload: z.object({}),
  concurrency: 1,
  maxAttempts: 1,
  async handler(context) {
    const run = await sendDailySummaries({ now: new Date() });
    await context.setResult(run);
    await context.log(run.failed ? "warn" : "info", `Daily summaries: ${run.sent} sent, ${run.skipped} skipped, ${run.failed} failed`);
  },
});
