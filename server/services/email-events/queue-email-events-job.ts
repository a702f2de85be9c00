import { isPostgres } from "@/server/db";
import { readRows } from "@/server/read-rows";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { EMAIL_EVENTS_JOB_KEY, emailEventsJob } from "./email-events-job";

/**
 * Makes sure an EMAIL_EVENTS job will look at the events stored so far: when a job still holds
 * the unique key (queued, or claimed but not yet started — it gives the key up before its first
 * look), that job will; otherwise one is queued (enqueueJob with the key). The look-up is one SQL
 * statement read without Prisma (readRows: it sees what is committed), since every webhook call
 * makes it and nearly always finds the queued job.
 */
export async function queueEmailEventsJob(): Promise<void> {
  const [holder] = await readRows<{ status: string }>(`SELECT "status" FROM "Job" WHERE "uniqueKey" = ${isPostgres() ? "$1" : "?"}`, [EMAIL_EVENTS_JOB_KEY]);
  if (holder && (holder.status === "QUEUED" || holder.status === "RUNNING")) return;
  await enqueueJob(emailEventsJob, { payload: {}, uniqueKey: EMAIL_EVENTS_JOB_KEY });
}
