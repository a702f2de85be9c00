import type { ProjectListFilters } from "@/lib/validation/project";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { projectSelect, type ProjectRow } from "./project-row";

/**
 * One keyset page of projects, oldest first by (createdAt, id), optionally of one company, status
 * or type; without a total count.
 */
export async function listProjectsPage({ filters, page }: { filters: ProjectListFilters; page: KeysetPageRequest }): Promise<KeysetPage<ProjectRow>> {
  const where = { companyId: filters.companyId, status: filters.status, typeId: filters.typeId };
  return readKeysetPage(page, (take) => getDb().project.findMany({ ...keysetFindArgs(where, page, take), select: projectSelect }));
}
