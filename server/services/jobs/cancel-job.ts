import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { appendJobLog } from "@/server/jobs/job-log";
import { findJobType } from "@/server/jobs/registry";
import { registerBuiltInJobTypes } from "@/server/jobs/job-types";
import type { Actor } from "@/server/services/permissions";
import { getJob, type JobView } from "./get-job";

/**
 * Cancels a job: a queued one (or one whose worker died) at once; a running one at its next
 * checkpoint (cancelRequestedAt is set and the worker marks it CANCELLED when its handler stops).
 * Whoever may see the job may cancel it; the view returned may already show it CANCELLED when the
 * worker reached a checkpoint meanwhile. A cancel is not an error: `lastError` keeps the last
 * attempt's error, if any, and the log says who cancelled.
 * @param now - the clock.
 * @throws NotFoundError (as getJob), ConflictError when the job has already finished.
 */
export async function cancelJob(actor: Actor, jobId: string, now: Date = new Date()): Promise<JobView> {
  const job = await getJob(actor, jobId);
  const db = getDb();
  if (job.status === "SUCCEEDED" || job.status === "FAILED" || job.status === "CANCELLED") {
    throw new ConflictError(`The job has already ${job.status === "SUCCEEDED" ? "succeeded" : job.status === "FAILED" ? "failed" : "been cancelled"}`);
  }
  const by = (await db.user.findUnique({ where: { id: actor.id }, select: { name: true } }))?.name ?? "a deleted user";
  // Nobody is running it (queued, or its lease expired): it ends now.
  const stopped = await db.job.updateMany({
    where: { id: jobId, OR: [{ status: "QUEUED" }, { status: "RUNNING", leaseUntil: { lt: now } }] },
    data: { status: "CANCELLED", cancelRequestedAt: now, finishedAt: now, leaseOwner: null, leaseUntil: null },
  });
  if (stopped.count) {
    await appendJobLog(jobId, { level: "info", message: `Cancelled by ${by}`, attempt: job.attempts, at: now });
    registerBuiltInJobTypes();
    const stored = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { type: true, payload: true } });
    await findJobType(stored.type)?.onFinished?.({ id: jobId, payload: stored.payload, status: "CANCELLED" });
  } else {
    // The request and its log line commit together, so the worker's "Cancelled" always follows it.
    await db.$transaction(async (tx) => {
      const requested = await tx.job.updateMany({ where: { id: jobId, status: "RUNNING", cancelRequestedAt: null }, data: { cancelRequestedAt: now } });
      if (requested.count) {
        await appendJobLog(jobId, { level: "info", message: `Cancellation requested by ${by}; it stops at its next checkpoint`, attempt: job.attempts, at: now }, tx);
      }
    });
  }
  return getJob(actor, jobId);
}
