import type { CompanyFilters } from "@/lib/validation/company";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildCompanyWhere } from "./build-company-where";
import { companyRowSelect, type CompanyRow } from "./list-companies";

/**
 * One keyset page of companies matching the companies list's filters (buildCompanyWhere), oldest
 * first by (createdAt, id), without a total count; served by Company (deletedAt, createdAt).
 * @param viewer - the acting user (for "my companies").
 */
export async function listCompaniesPage(viewer: { id: string }, { filters, page }: { filters: CompanyFilters; page: KeysetPageRequest }): Promise<KeysetPage<CompanyRow>> {
  const where = buildCompanyWhere(filters, viewer);
  return readKeysetPage(page, (take) => getDb().company.findMany({ ...keysetFindArgs(where, page, take), select: companyRowSelect }));
}
