import { z } from "zod";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { jobVisibilityWhere } from "@/server/jobs/job-visibility";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/** A job's state as shown on /jobs, on its progress pages and by the APIs. Dates in UTC. */
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
  /** Why the last attempt failed; kept while a retry is pending and after a cancel. */
  lastError: string | null;
  attempts: number;
  maxAttempts: number;
  priority: number;
  /** When a queued job may start (its next try after a failure). */
  runAt: Date;
  /** The worker holding a running job, and until when. */
  leaseOwner: string | null;
  leaseUntil: Date | null;
  heartbeatAt: Date | null;
  /** Cancel was pressed on a running job; it stops at its next checkpoint. */
  cancelRequested: boolean;
  createdBy: { id: string; name: string } | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

const fileNameSchema = z.object({ fileName: z.string() });

/** The Prisma select behind a JobView (used by lists too). */
export const JOB_VIEW_SELECT = {
  id: true,
  type: true,
  status: true,
  payload: true,
  total: true,
  processed: true,
  created: true,
  updated: true,
  skipped: true,
  failed: true,
  lastError: true,
  attempts: true,
  maxAttempts: true,
  priority: true,
  runAt: true,
  leaseOwner: true,
  leaseUntil: true,
  heartbeatAt: true,
  cancelRequestedAt: true,
  createdBy: { select: { id: true, name: true } },
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

type JobViewRow = { payload: unknown; cancelRequestedAt: Date | null } & Omit<JobView, "fileName" | "cancelRequested">;

/** A selected row (JOB_VIEW_SELECT) as a JobView. */
export function toJobView({ payload, cancelRequestedAt, ...row }: JobViewRow): JobView {
  const named = fileNameSchema.safeParse(payload);
  return { ...row, fileName: named.success ? named.data.fileName : null, cancelRequested: cancelRequestedAt !== null };
}

/**
 * A job's state and progress. Admins and managers may see every job, others the jobs they
 * created (jobVisibilityWhere). A job whose worker died shows RUNNING with an expired lease until
 * a worker claims it again and resumes it.
 * @throws NotFoundError for an unknown job or one the viewer may not see.
 */
export async function getJob(viewer: Actor, jobId: string): Promise<JobView> {
  assertRecordId(jobId, "Job");
  const job = await getDb().job.findFirst({ where: { id: jobId, ...jobVisibilityWhere(viewer) }, select: JOB_VIEW_SELECT });
  if (!job) throw new NotFoundError("Job");
  return toJobView(job);
}
