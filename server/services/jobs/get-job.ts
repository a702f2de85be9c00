import { z } from "zod";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { failStaleJobs } from "@/server/jobs/fail-stale-jobs";
import { canEdit, type Actor } from "@/server/services/permissions";

/** A job's state as shown on its progress page and returned by GET /api/jobs/[id]. Dates in UTC. */
export type JobView = {
  id: string;
  type: string;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  /** The uploaded file's name, for imports. */
  fileName: string | null;
  total: number | null;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  message: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

const fileNameSchema = z.object({ fileName: z.string() });

/**
 * A job's progress. The job's creator, managers and admins may see it. A queued or running job
 * whose process has died is marked FAILED first (failStaleJobs), so polling always ends.
 * @param now - the current instant.
 * @throws NotFoundError for an unknown job or one the viewer may not see.
 */
export async function getJob(viewer: Actor, jobId: string, now: Date = new Date()): Promise<JobView> {
  await failStaleJobs(now, jobId);
  const job = await getDb().job.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      type: true,
      status: true,
      config: true,
      total: true,
      processed: true,
      created: true,
      updated: true,
      skipped: true,
      failed: true,
      message: true,
      createdById: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
    },
  });
  if (!job || !canEdit(viewer, { ownerId: job.createdById })) throw new NotFoundError("Job");
  const named = fileNameSchema.safeParse(job.config);
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    fileName: named.success ? named.data.fileName : null,
    total: job.total,
    processed: job.processed,
    created: job.created,
    updated: job.updated,
    skipped: job.skipped,
    failed: job.failed,
    message: job.message,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
