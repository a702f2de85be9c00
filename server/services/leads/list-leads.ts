import type { LeadListQuery } from "@/lib/validation/lead-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildLeadWhere } from "./build-lead-where";
import { findLeadRows } from "./find-lead-rows";
import type { LeadRow } from "./lead-row-select";

export { leadRowSelect, type LeadRow } from "./lead-row-select";

const NULLABLE_SORTS = new Set<LeadListQuery["sort"]>(["rating", "reviewCount", "nextActionAt", "city", "estimatedValue"]);

/** The list's sort: nulls last whichever the direction, then id as a tie-breaker so paging is stable. */
export function leadOrderBy(query: Pick<LeadListQuery, "sort" | "dir">): Prisma.LeadOrderByWithRelationInput[] {
  return [{ [query.sort]: NULLABLE_SORTS.has(query.sort) ? { sort: query.dir, nulls: "last" } : query.dir }, { id: query.dir }];
}

/**
 * One page of leads matching the list query, with the total count.
 * @param viewer - the signed-in user (for "my leads" and their time zone's "today").
 * @param now - the current instant.
 */
export async function listLeads(
  query: LeadListQuery,
  viewer: { id: string; timeZone: string },
  now: Date = new Date(),
): Promise<{ rows: LeadRow[]; total: number }> {
  const where = await buildLeadWhere(query, viewer, now);
  const page = { where, skip: (query.page - 1) * query.pageSize, take: query.pageSize };
  const [rows, total] = await Promise.all([
    NULLABLE_SORTS.has(query.sort) ? findPageNullsLast(page, query) : findLeadRows({ ...page, orderBy: leadOrderBy(query) }),
    countLeads(where, query.view),
  ]);
  return { rows, total };
}

/**
 * How many leads match `where`. Active leads are counted grouped by convertedAt (all NULL: one
 * group) because Prisma's count() selects `id` in a subquery, which only the wide Lead_list_idx
 * covers, so SQLite would read that index even where a narrow one answers the filter; grouped,
 * SQLite picks the narrowest index that does (an unfiltered count takes about half the time).
 * Converted leads each have their own convertedAt, so that view is counted plainly.
 */
async function countLeads(where: Prisma.LeadWhereInput, view: LeadListQuery["view"]): Promise<number> {
  if (view === "converted") return getDb().lead.count({ where });
  const groups = await getDb().lead.groupBy({ by: ["convertedAt"], where, _count: { _all: true } });
  return groups.reduce((sum, group) => sum + group._count._all, 0);
}

/**
 * A page sorted on a nullable column with nulls last, read as rows with a value (in the column's
 * order) followed by rows without one (by id) — the order leadOrderBy describes. Prisma writes
 * `nulls: "last"` on SQLite as `ORDER BY CASE WHEN col IS NULL …`, which no index can serve, so
 * every matching row would be sorted; the two plain orders below read the column's index and stop
 * after one page. The second query runs only when the page reaches past the last value.
 */
async function findPageNullsLast(
  { where, skip, take }: { where: Prisma.LeadWhereInput; skip: number; take: number },
  { sort, dir }: Pick<LeadListQuery, "sort" | "dir">,
): Promise<LeadRow[]> {
  const db = getDb();
  const withValue: Prisma.LeadWhereInput = { AND: [where, { [sort]: { not: null } }] };
  const valued = await findLeadRows({ where: withValue, orderBy: [{ [sort]: dir }, { id: dir }], skip, take });
  if (valued.length === take) return valued;
  // Rows with a value before the first row without one: known from this page unless it started past them all.
  const valueCount = valued.length > 0 ? skip + valued.length : await db.lead.count({ where: withValue });
  const unvalued = await findLeadRows({
    where: { AND: [where, { [sort]: null }] },
    orderBy: { id: dir },
    skip: Math.max(0, skip - valueCount),
    take: take - valued.length,
  });
  return [...valued, ...unvalued];
}
