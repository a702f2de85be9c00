import type { JobListQuery } from "@/lib/validation/job-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { jobVisibilityWhere } from "@/server/jobs/job-visibility";
import type { Actor } from "@/server/services/permissions";
import { JOB_VIEW_SELECT, toJobView, type JobView } from "./get-job";

/** Jobs shown per page on /jobs. */
export const JOBS_PAGE_SIZE = 50;

/**
 * A page of the jobs `viewer` may see (jobVisibilityWhere: admins and managers every job, others
 * their own), newest first, narrowed by status and type, for /jobs.
 * @param page - 1-based; a page past the end is empty.
 * @returns the jobs, the total matching and the distinct types (for the type filter).
 */
export async function listJobs(viewer: Actor, { filters, page }: { filters: JobListQuery; page: number }): Promise<{ jobs: JobView[]; total: number; types: string[] }> {
  const db = getDb();
  const visible = jobVisibilityWhere(viewer);
  const where: Prisma.JobWhereInput = {
    ...visible,
    ...(filters.status.length ? { status: { in: filters.status } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const [rows, total, types] = await Promise.all([
    db.job.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * JOBS_PAGE_SIZE, take: JOBS_PAGE_SIZE, select: JOB_VIEW_SELECT }),
    db.job.count({ where }),
    db.job.groupBy({ by: ["type"], where: visible, orderBy: { type: "asc" } }),
  ]);
  return { jobs: rows.map(toJobView), total, types: types.map((row) => row.type) };
}
