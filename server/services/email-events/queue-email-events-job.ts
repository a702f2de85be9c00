import { isPostgres } from "@/server/db";
import { readRows } from "@/server/read-rows";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { EMAIL_EVENTS_JOB_KEY, emailEventsJob } from "./email-events-job";

/**
 * How long, in ms, a queued EMAIL_EVENTS job waits before it runs: the events stored meanwhile are
 * processed by that one run. A run has a fixed cost besides its events (claim, lease, the drain's
 * reads, its transaction, the log): run as soon as queued, under a steady stream of webhooks the
 * job ran every ~70 ms for ~24 events, and processing cost 0.85 ms of CPU an event (400 events/s
 * into one `next start` process); with this window, 0.08 ms. Events are still processed within
 * about 1.5 s (the window, then the worker's next poll).
 */
export const EMAIL_EVENTS_BATCH_WINDOW_MS = 1000;

/**
 * Makes sure an EMAIL_EVENTS job will look at the events stored so far: when a job still holds
 * the unique key (queued, or claimed but not yet started — it gives the key up before its first
 * look), that job will; otherwise one is queued (enqueueJob with the key) to run
 * EMAIL_EVENTS_BATCH_WINDOW_MS from now (the system clock). The look-up is one SQL statement read
 * without Prisma (readRows: it sees what is committed), since every webhook call makes it and
 * nearly always finds the queued job.
 */
export async function queueEmailEventsJob(): Promise<void> {
  const [holder] = await readRows<{ status: string }>(`SELECT "status" FROM "Job" WHERE "uniqueKey" = ${isPostgres() ? "$1" : "?"}`, [EMAIL_EVENTS_JOB_KEY]);
  if (holder && (holder.status === "QUEUED" || holder.status === "RUNNING")) return;
  await enqueueJob(emailEventsJob, { payload: {}, uniqueKey: EMAIL_EVENTS_JOB_KEY, runAt: new Date(Date.now() + EMAIL_EVENTS_BATCH_WINDOW_MS) });
}
