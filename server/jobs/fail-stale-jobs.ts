import { getDb } from "@/server/db";
import { JOB_HEARTBEAT_TIMEOUT_MS, lastSignOfLife } from "./heartbeat";

export const STALE_JOB_MESSAGE = "Stopped: no progress for 2 minutes (the server probably restarted). Work counted so far was saved.";

/**
 * Marks QUEUED and RUNNING jobs with no sign of life for JOB_HEARTBEAT_TIMEOUT_MS as FAILED
 * (the process running them is gone). Safe to call often: called when a job's status is read.
 * @param now - the current instant.
 * @param jobId - look at this job only.
 * @returns how many jobs were marked.
 */
export async function failStaleJobs(now: Date, jobId?: string): Promise<number> {
  const db = getDb();
  const active = await db.job.findMany({
    where: { status: { in: ["QUEUED", "RUNNING"] }, ...(jobId ? { id: jobId } : {}) },
    select: { id: true, status: true, config: true, startedAt: true, createdAt: true },
  });
  let marked = 0;
  for (const job of active) {
    if (now.getTime() - lastSignOfLife(job).getTime() <= JOB_HEARTBEAT_TIMEOUT_MS) continue;
    const { count } = await db.job.updateMany({
      where: { id: job.id, status: job.status },
      data: { status: "FAILED", finishedAt: now, message: STALE_JOB_MESSAGE },
    });
    marked += count;
  }
  return marked;
}
