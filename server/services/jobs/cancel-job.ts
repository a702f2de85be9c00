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
 * Whoever may see the job may cancel it. A cancel is not an error: `lastError` keeps the last
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
  await db.job.updateMany({ where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] }, cancelRequestedAt: null }, data: { cancelRequestedAt: now } });
  // Nobody is running it (queued, or its lease expired): it ends now.
  const stopped = await db.job.updateMany({
    where: { id: jobId, OR: [{ status: "QUEUED" }, { status: "RUNNING", leaseUntil: { lt: now } }] },
    data: { status: "CANCELLED", finishedAt: now, leaseOwner: null, leaseUntil: null },
  });
  const by = (await db.user.findUnique({ where: { id: actor.id }, select: { name: true } }))?.name ?? "a deleted user";
  await appendJobLog(jobId, { level: "info", message: stopped.count ? `Cancelled by ${by}` : `Cancellation requested by ${by}; it stops at its next checkpoint`, attempt: job.attempts, at: now });
  if (stopped.count) {
    registerBuiltInJobTypes();
    const stored = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { type: true, payload: true } });
    await findJobType(stored.type)?.onFinished?.({ id: jobId, payload: stored.payload, status: "CANCELLED" });
  }
  return getJob(actor, jobId);
}
