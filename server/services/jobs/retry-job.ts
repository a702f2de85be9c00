import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { appendJobLog } from "@/server/jobs/job-log";
import { wakeWorkers } from "@/server/jobs/wake-workers";
import type { Actor } from "@/server/services/permissions";
import { getJob, type JobView } from "./get-job";

/**
 * Queues a FAILED or CANCELLED job again for one more attempt, now. Its history stays: the
 * attempts made, the counts and rows it saved (it resumes from them), its log and rejected rows.
 * Whoever may see the job may retry it.
 * @param now - the clock.
 * @throws NotFoundError (as getJob), ConflictError when the job is queued, running or succeeded.
 */
export async function retryJob(actor: Actor, jobId: string, now: Date = new Date()): Promise<JobView> {
  const job = await getJob(actor, jobId);
  if (job.status !== "FAILED" && job.status !== "CANCELLED") throw new ConflictError("Only a failed or cancelled job can be retried");
  const { count } = await getDb().job.updateMany({
    where: { id: jobId, status: job.status },
    data: { status: "QUEUED", runAt: now, maxAttempts: job.attempts + 1, cancelRequestedAt: null, finishedAt: null, leaseOwner: null, leaseUntil: null },
  });
  if (!count) throw new ConflictError("The job changed meanwhile; reload and try again");
  await appendJobLog(jobId, { level: "info", message: `Retried by ${actor.id} (attempt ${job.attempts + 1})`, attempt: job.attempts, at: now });
  wakeWorkers();
  return getJob(actor, jobId);
}
