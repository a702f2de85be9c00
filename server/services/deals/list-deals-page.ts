import type { DealFilters } from "@/lib/validation/deal";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildDealWhere } from "./build-deal-where";
import { dealRowSelect, type DealRow } from "./list-deals";

/**
 * One keyset page of deals matching the deals list's filters (buildDealWhere), oldest first by
 * (createdAt, id), without a total count or value sums.
 * @param viewer - the acting user (for "my deals" and the time zone of the close-day filters).
 */
export async function listDealsPage(viewer: { id: string; timeZone: string }, { filters, page }: { filters: DealFilters; page: KeysetPageRequest }): Promise<KeysetPage<DealRow>> {
  const where = buildDealWhere(filters, viewer);
  return readKeysetPage(page, (take) => getDb().deal.findMany({ ...keysetFindArgs(where, page, take), select: dealRowSelect }));
}
