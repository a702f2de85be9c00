import { formatInZone, todayRange } from "@/lib/dates";
import type { BoardQuery } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { addSums, cardBasics, loadPages, ownerIdFilter, type BoardSource, type BoardViewer, type ColumnSums } from "./board-source";
import { COLUMN_ORDER, cardsAfter } from "./column-store";

const dealCardSelect = {
  id: true,
  position: true,
  title: true,
  value: true,
  weightedValue: true,
  currency: true,
  expectedCloseAt: true,
  stageChangedAt: true,
  ownerId: true,
  owner: { select: { name: true } },
  company: { select: { name: true } },
} satisfies Prisma.DealSelect;

/**
 * The deals of a pipeline that match the board filters: owner (a user id, "me" or "none"), tag
 * name and text (title or company name; Deal.searchText is lower-cased, so this ignores case on
 * both databases).
 */
export function dealBoardWhere(pipelineId: string, query: BoardQuery, viewer: { id: string }): Prisma.DealWhereInput {
  const where: Prisma.DealWhereInput = { pipelineId };
  if (query.owner) where.ownerId = ownerIdFilter(query.owner, viewer);
  if (query.tag) where.tags = { some: { name: query.tag } };
  if (query.q) where.searchText = { contains: query.q.toLowerCase() };
  return where;
}

/** The deal board of pipeline `pipelineId` (see BoardSource). @param now - for day counts, rotting and overdue dates. */
export function dealBoardSource(pipelineId: string, query: BoardQuery, viewer: BoardViewer, now: Date): BoardSource {
  const db = getDb();
  const where = dealBoardWhere(pipelineId, query, viewer);
  const today = todayRange(now, viewer.timeZone).start;
  return {
    async sums() {
      const groups = await db.deal.groupBy({ by: ["stageId", "currency"], where, _count: { _all: true }, _sum: { value: true, weightedValue: true } });
      const sums = new Map<string, ColumnSums>();
      for (const g of groups) addSums(sums, g.stageId, g._count._all, { currency: g.currency, value: g._sum.value ?? 0, weighted: g._sum.weightedValue ?? 0 });
      return sums;
    },
    pages: (requests, take) =>
      loadPages(
        requests,
        ({ stage, after, id }) =>
          db.deal.findMany({ where: { ...where, stageId: stage.id, ...(after && { AND: [cardsAfter(after)] }), ...(id && { id }) }, orderBy: COLUMN_ORDER, take, select: dealCardSelect }),
        async (ids) => {
          const groups = await db.activity.groupBy({ by: ["dealId"], where: { dealId: { in: ids } }, _max: { occurredAt: true } });
          return new Map(groups.map((g) => [g.dealId, g._max.occurredAt]));
        },
        (d, stage, lastActivityAt) => ({
          ...cardBasics(d, stage, lastActivityAt, viewer, now),
          href: `/deals/${d.id}`,
          title: d.title,
          subtitle: d.company?.name ?? null,
          value: d.value,
          weighted: d.weightedValue,
          currency: d.currency,
          date: d.expectedCloseAt
            ? { label: "Expected close", text: formatInZone(d.expectedCloseAt, viewer.timeZone), overdue: stage.kind === "OPEN" && d.expectedCloseAt < today }
            : null,
          ownerName: d.owner?.name ?? null,
        }),
      ),
  };
}
