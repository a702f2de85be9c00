import type { SuppressionFilters } from "@/lib/validation/suppression";
import { getDb } from "@/server/db";
import { afterCursorWhere, KEYSET_ORDER, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildSuppressionWhere } from "./build-suppression-where";
import { suppressionRowSelect, type SuppressionRow } from "./suppression-record";

/**
 * One keyset page of suppression entries matching the filters, oldest first by (createdAt, id),
 * without a total count (the REST API's list). Entries have no updatedAt (they are added and
 * removed, never changed), so the list offers no `updatedSince`.
 */
export async function listSuppressionsPage({ filters, page }: { filters: SuppressionFilters; page: KeysetPageRequest }): Promise<KeysetPage<SuppressionRow>> {
  const where = { AND: [buildSuppressionWhere(filters), afterCursorWhere(page.after)] };
  return readKeysetPage(page, (take) => getDb().emailSuppression.findMany({ where, orderBy: [...KEYSET_ORDER], take, select: suppressionRowSelect }));
}
