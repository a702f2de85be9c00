import { z } from "zod";
import { getDb } from "@/server/db";
import { defineJobType } from "./job-type";

/** Finished jobs keep their log lines this long. */
const FINISHED_JOB_LOG_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Hourly housekeeping of the queue's own tables: rate-limit windows that ended over an hour ago,
 * API idempotency records older than 24 hours (their replay period), and the log lines of jobs
 * finished more than FINISHED_JOB_LOG_DAYS ago. The job rows themselves are kept (history).
 */
export const queueMaintenanceJob = defineJobType({
  type: "QUEUE_MAINTENANCE",
  payload: z.object({}),
  concurrency: 1,
  maxAttempts: 1,
  async handler(context) {
    const db = getDb();
    const now = Date.now();
    const windows = await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now - 2 * 60 * 60 * 1000) } } });
    const idempotency = await db.apiIdempotencyRecord.deleteMany({ where: { createdAt: { lt: new Date(now - DAY_MS) } } });
    const logs = await db.jobLogEntry.deleteMany({ where: { job: { finishedAt: { lt: new Date(now - FINISHED_JOB_LOG_DAYS * DAY_MS) } } } });
    await context.log("info", `Removed ${windows.count} rate-limit windows, ${idempotency.count} idempotency records, ${logs.count} old log lines`);
  },
});
