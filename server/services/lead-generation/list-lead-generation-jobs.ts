import { LEAD_GENERATION_JOB_TYPES } from "@/lib/lead-generation/lead-sources";
import type { JobListQuery } from "@/lib/validation/job-list";
import { getDb } from "@/server/db";
import { jobVisibilityWhere } from "@/server/jobs/job-visibility";
import { JOB_VIEW_SELECT, toJobView, type JobView } from "@/server/services/jobs/get-job";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import type { Actor } from "@/server/services/permissions";

/** The lead-generation jobs `viewer` may see (jobVisibilityWhere), of one type when the filter names one of them. */
function leadGenerationWhere(viewer: Actor, filters: JobListQuery) {
  const types = filters.type ? LEAD_GENERATION_JOB_TYPES.filter((type) => type === filters.type) : LEAD_GENERATION_JOB_TYPES;
  return { ...jobVisibilityWhere(viewer), type: { in: types }, ...(filters.status.length ? { status: { in: filters.status } } : {}) };
}

/**
 * One keyset page (oldest first by createdAt, id) of the lead-generation jobs — Google Maps runs,
 * keyword monitor runs, imports from a URL — narrowed by status and type (GET /api/jobs).
 */
export async function listLeadGenerationJobsPage(viewer: Actor, { filters, page }: { filters: JobListQuery; page: KeysetPageRequest }): Promise<KeysetPage<JobView>> {
  const where = leadGenerationWhere(viewer, filters);
  const found = await readKeysetPage(page, (take) => getDb().job.findMany({ ...keysetFindArgs(where, page, take), select: JOB_VIEW_SELECT }));
  return { data: found.data.map(toJobView), nextCursor: found.nextCursor };
}

/** A run on the panel: the job and what it produced (a Google Maps run's tag and scraper job). */
export type LeadGenerationRun = JobView & { result: unknown };

/** The newest `take` lead-generation jobs `viewer` may see, newest first, with their results (the panel's recent runs). */
export async function listRecentLeadGenerationRuns(viewer: Actor, take = 20): Promise<LeadGenerationRun[]> {
  const rows = await getDb().job.findMany({
    where: leadGenerationWhere(viewer, { status: [], type: undefined }),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { ...JOB_VIEW_SELECT, result: true },
  });
  return rows.map(({ result, ...row }) => ({ ...toJobView(row), result }));
}
