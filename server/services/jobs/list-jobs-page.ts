import type { JobListQuery } from "@/lib/validation/job-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { jobVisibilityWhere } from "@/server/jobs/job-visibility";
import type { Actor } from "@/server/services/permissions";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { JOB_VIEW_SELECT, toJobView, type JobView } from "./get-job";

/**
 * One keyset page of the jobs `viewer` may see (jobVisibilityWhere: admins and managers all,
 * others their own), oldest first by (createdAt, id), narrowed by status and type.
 */
export async function listJobsPage(viewer: Actor, { filters, page }: { filters: JobListQuery; page: KeysetPageRequest }): Promise<KeysetPage<JobView>> {
  const where: Prisma.JobWhereInput = {
    ...jobVisibilityWhere(viewer),
    ...(filters.status.length ? { status: { in: filters.status } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const found = await readKeysetPage(page, (take) => getDb().job.findMany({ ...keysetFindArgs(where, page, take), select: JOB_VIEW_SELECT }));
  return { data: found.data.map(toJobView), nextCursor: found.nextCursor };
}
