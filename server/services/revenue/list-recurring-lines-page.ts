import type { RecurringLineListFilters } from "@/lib/validation/recurring-line";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { recurringLineSelect, type RecurringLineRow } from "./recurring-line-row";

/** One keyset page of recurring lines, oldest first by (createdAt, id), optionally of one company or kind; without a total count. */
export async function listRecurringLinesPage({ filters, page }: { filters: RecurringLineListFilters; page: KeysetPageRequest }): Promise<KeysetPage<RecurringLineRow>> {
  const where = { companyId: filters.companyId, kind: filters.kind };
  return readKeysetPage(page, (take) => getDb().recurringLine.findMany({ ...keysetFindArgs(where, page, take), select: recurringLineSelect }));
}
