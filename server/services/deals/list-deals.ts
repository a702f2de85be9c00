import type { DealListQuery } from "@/lib/validation/deal";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildDealWhere } from "./build-deal-where";

/** The columns of one row of the deals list (and of the CSV export). Money in minor units. */
export const dealRowSelect = {
  id: true,
  title: true,
  value: true,
  currency: true,
  probability: true,
  probabilityOverridden: true,
  weightedValue: true,
  expectedCloseAt: true,
  stageChangedAt: true,
  closedAt: true,
  closeReason: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  pipeline: { select: { id: true, name: true } },
  stage: { select: { id: true, name: true, color: true, kind: true } },
  company: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
} satisfies Prisma.DealSelect;

export type DealRow = Prisma.DealGetPayload<{ select: typeof dealRowSelect }>;

/** Sums of the deals a list view matches, per currency (minor units). */
export type DealTotals = Array<{ currency: string; count: number; value: number; weightedValue: number }>;

/** The list's sort: expected close date with nulls last whichever the direction, then id so paging is stable. */
export function dealOrderBy(query: Pick<DealListQuery, "sort" | "dir">): Prisma.DealOrderByWithRelationInput[] {
  return [{ [query.sort]: query.sort === "expectedCloseAt" ? { sort: query.dir, nulls: "last" } : query.dir }, { id: query.dir }];
}

/**
 * One page of deals matching the list query, with the total count and the value sums per currency.
 * @param viewer - the signed-in user (for "my deals" and the time zone of the close-date filter).
 */
export async function listDeals(
  query: DealListQuery,
  viewer: { id: string; timeZone: string },
): Promise<{ rows: DealRow[]; total: number; totals: DealTotals }> {
  const db = getDb();
  const where = buildDealWhere(query, viewer);
  const [rows, groups] = await Promise.all([
    db.deal.findMany({ where, orderBy: dealOrderBy(query), skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: dealRowSelect }),
    db.deal.groupBy({ by: ["currency"], where, _count: { _all: true }, _sum: { value: true, weightedValue: true }, orderBy: { currency: "asc" } }),
  ]);
  const totals = groups.map((g) => ({ currency: g.currency, count: g._count._all, value: Number(g._sum.value ?? 0), weightedValue: Number(g._sum.weightedValue ?? 0) }));
  return { rows, total: totals.reduce((sum, t) => sum + t.count, 0), totals };
}
