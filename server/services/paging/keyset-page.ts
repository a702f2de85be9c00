import { encodeKeysetCursor, type KeysetCursor } from "./keyset-cursor";

/**
 * Which page of a (createdAt, id)-ordered list to read: the rows after `after` (null: from the
 * start), at most `limit` of them, and optionally only those changed at or after `updatedSince`.
 */
export type KeysetPageRequest = { after: KeysetCursor | null; limit: number; updatedSince: Date | null };

/** One page of a list: its rows and the cursor of the next page (null on the last page). */
export type KeysetPage<Row> = { data: Row[]; nextCursor: string | null };

/** The order keyset pages are read in: oldest first, ties by id. */
export const KEYSET_ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const;

/**
 * The Prisma filter of the rows after `after`: `createdAt ≥ c AND (createdAt > c OR id > i)`,
 * written with the range first so the database walks a (…, createdAt) index from the cursor.
 * Empty (every row) without a cursor.
 */
export function afterCursorWhere(after: KeysetCursor | null): { createdAt?: { gte: Date }; OR?: Array<{ createdAt: { gt: Date } } | { id: { gt: string } }> } {
  if (!after) return {};
  return { createdAt: { gte: after.createdAt }, OR: [{ createdAt: { gt: after.createdAt } }, { id: { gt: after.id } }] };
}

/** The Prisma filter of rows changed at or after `since` (empty without one). */
export function updatedSinceWhere(since: Date | null): { updatedAt?: { gte: Date } } {
  return since ? { updatedAt: { gte: since } } : {};
}

/**
 * The findMany arguments of one page: `where` (the list's filters) and the cursor and
 * updatedSince filters, in KEYSET_ORDER, `take` rows. Spread into a model's findMany with its
 * select; `updatedSince` only for models with an updatedAt column.
 */
export function keysetFindArgs<Where>(where: Where, page: KeysetPageRequest, take: number) {
  return {
    where: { AND: [where, afterCursorWhere(page.after), updatedSinceWhere(page.updatedSince)] },
    orderBy: [...KEYSET_ORDER],
    take,
  };
}

/**
 * Reads one page: `read(take)` must return rows in KEYSET_ORDER after the request's cursor; one
 * row more than the limit is read to know whether another page follows, without counting.
 */
export async function readKeysetPage<Row extends { createdAt: Date; id: string }>(
  { limit }: Pick<KeysetPageRequest, "limit">,
  read: (take: number) => Promise<Row[]>,
): Promise<KeysetPage<Row>> {
  const rows = await read(limit + 1);
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeKeysetCursor(last) : null };
}
