import type { AnyJobType } from "./job-type";
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
];
