import { getDb } from "@/server/db";
import type { Actor } from "@/server/services/permissions";
import { getJob } from "./get-job";

export type JobLogLine = { id: string; at: Date; level: string; attempt: number; message: string };

/**
 * A job's log (at most JOB_LOG_LIMIT lines), oldest first.
 * @throws NotFoundError for an unknown job or one the viewer may not see (as getJob).
 */
export async function listJobLog(viewer: Actor, jobId: string): Promise<JobLogLine[]> {
  await getJob(viewer, jobId);
  return getDb().jobLogEntry.findMany({
    where: { jobId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, level: true, attempt: true, message: true },
  });
}
