import type { LeadListQuery } from "@/lib/validation/lead-list";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildLeadWhere } from "./build-lead-where";
import { findLeadRows } from "./find-lead-rows";
import type { LeadRow } from "./list-leads";

/** The filters of the leads list (everything of its query but sort, page and view state). */
export type LeadFilters = Omit<LeadListQuery, "sort" | "dir" | "page" | "pageSize" | "hide">;

/**
 * One keyset page of leads matching the leads list's filters (as the UI list: buildLeadWhere),
 * oldest first by (createdAt, id), without a total count. Served on SQLite by Lead_list_idx
 * (convertedAt, createdAt, …): the cursor is a range on its second column.
 * @param viewer - the acting user (for "my leads" and their time zone's "today").
 * @param now - the current instant (follow-up filters).
 */
export async function listLeadsPage(
  viewer: { id: string; timeZone: string },
  { filters, page }: { filters: LeadFilters; page: KeysetPageRequest },
  now: Date = new Date(),
): Promise<KeysetPage<LeadRow>> {
  const where = await buildLeadWhere(filters, viewer, now);
  return readKeysetPage(page, (take) => findLeadRows(keysetFindArgs(where, page, take)));
}
