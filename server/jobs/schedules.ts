import type { AnyJobType } from "./job-type";
import { dailySummaryJob } from "@/server/services/daily-summary/daily-summary-job";
import { revenueRefreshJob } from "@/server/services/revenue/revenue-refresh-job";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { leadScoringJob } from "@/server/services/scoring/lead-rescore-job";
import { gamificationRolloverJob } from "@/server/services/gamification/gamification-rollover-job";
import { sequenceTickJob } from "@/server/services/sequences/sequence-tick-job";
import { queueMaintenanceJob } from "./queue-maintenance-job";

/** A named recurring schedule: each slot of `cron` (in `timeZone`) enqueues one job of `job` with `payload`. */
export type JobScheduleDefinition = {
  name: string;
  cron: string;
  timeZone: string;
  job: AnyJobType;
  payload: unknown;
};

/**
 * The schedules every worker runs (synced into JobSchedule by enqueueDueSchedules). Later
 * features add theirs here (daily summary, score decay, monitors).
 */
export const JOB_SCHEDULES: JobScheduleDefinition[] = [
  { name: "queue-maintenance", cron: "17 * * * *", timeZone: "UTC", job: queueMaintenanceJob, payload: {} },
  { name: "revenue-refresh", cron: "7 0 * * *", timeZone: "UTC", job: revenueRefreshJob, payload: {} },
  // Hourly at :00; sendDailySummaries decides per user (their hour, weekday and day already sent).
  { name: "daily-summary", cron: "0 * * * *", timeZone: "UTC", job: dailySummaryJob, payload: {} },
  // Nightly: re-audits the websites of up to 2,000 open leads not audited for 30 days (oldest first).
  { name: "website-reaudit", cron: "23 2 * * *", timeZone: "UTC", job: websiteAuditJob, payload: { staleDays: 30, limit: 2000 } },
  // Nightly: rescores every lead, so engagement points decay (lead scoring, issue 12).
  { name: "lead-scoring", cron: "41 1 * * *", timeZone: "UTC", job: leadScoringJob, payload: {} },
  // Hourly: each user's monthly boss, daily mission and goal targets at their local month/day start (gamification, issue 14).
  { name: "gamification-rollover", cron: "3 * * * *", timeZone: "UTC", job: gamificationRolloverJob, payload: {} },
  // Every minute: the due steps of active sequences (issue 12); racing ticks split them by compare-and-set.
  { name: "sequence-tick", cron: "* * * * *", timeZone: "UTC", job: sequenceTickJob, payload: {} },
];

/**
 * Schedules users create at run time (keyword monitors, recurring lead-generation runs) are stored
 * only as JobSchedule rows whose names start with one of these prefixes; the row holds the cron
 * expression, time zone, job type and payload, and enqueueDueSchedules runs them like the ones above.
 */
export const STORED_SCHEDULE_PREFIXES = ["monitor:", "lead-gen:"] as const;
