import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { cancelJob } from "@/server/services/jobs/cancel-job";
import type { Actor } from "@/server/services/permissions";

/**
 * Stops a campaign's sending job: a queued one at once, a running one at its next checkpoint
 * (between batches; cancelJob). A job that has already finished needs nothing. The job's creator
 * may differ from `actor` (a manager pausing a salesperson's campaign), so the cancel is made as
 * an admin of the campaign, which the caller has checked.
 */
export async function stopCampaignJob(actor: Actor, jobId: string | null, now: Date): Promise<void> {
  if (!jobId) return;
  const job = await getDb().job.findUnique({ where: { id: jobId }, select: { status: true } });
  if (!job || job.status === "SUCCEEDED" || job.status === "FAILED" || job.status === "CANCELLED") return;
  try {
    await cancelJob({ id: actor.id, role: "ADMIN" }, jobId, now);
  } catch (error) {
    // It finished between the look-up and the cancel: nothing left to stop.
    if (!(error instanceof ConflictError)) throw error;
  }
}
