import { formatInZone, todayRange } from "@/lib/dates";
import type { BoardQuery } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { addSums, cardBasics, loadPages, ownerIdFilter, type BoardSource, type BoardViewer, type ColumnSums } from "./board-source";
import { COLUMN_ORDER, cardsAfter } from "./column-store";

const leadCardSelect = {
  id: true,
  position: true,
  name: true,
  niche: true,
  city: true,
  estimatedValue: true,
  currency: true,
  nextActionAt: true,
  stageChangedAt: true,
  ownerId: true,
  owner: { select: { name: true } },
  score: true,
  temperature: true,
  source: true,
} satisfies Prisma.LeadSelect;

/** Task statuses that count as open on a lead card (everything but DONE). */
const OPEN_TASK_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/**
 * The open (not converted) leads that match the board filters: owner (a user id, "me" or
 * "none"), tag name and text (Lead.searchText: name, contact, email, phone, website, lower-cased).
 */
export function leadBoardWhere(query: BoardQuery, viewer: { id: string }): Prisma.LeadWhereInput {
  const where: Prisma.LeadWhereInput = { convertedAt: null };
  if (query.owner) where.ownerId = ownerIdFilter(query.owner, viewer);
  if (query.tag) where.tags = { some: { name: query.tag } };
  if (query.q) where.searchText = { contains: query.q.toLowerCase() };
  return where;
}

/** The lead board (the stages of the lead pipeline; see BoardSource). @param now - for day counts, rotting and overdue follow-ups. */
export function leadBoardSource(query: BoardQuery, viewer: BoardViewer, now: Date): BoardSource {
  const db = getDb();
  const where = leadBoardWhere(query, viewer);
  const today = todayRange(now, viewer.timeZone).start;
  return {
    async sums() {
      const groups = await db.lead.groupBy({ by: ["stageId", "currency"], where, _count: { _all: true }, _sum: { estimatedValue: true } });
      const sums = new Map<string, ColumnSums>();
      for (const g of groups) addSums(sums, g.stageId, g._count._all, { currency: g.currency, value: g._sum.estimatedValue ?? 0, weighted: null });
      return sums;
    },
    pages: (requests, take) =>
      loadPages(
        requests,
        ({ stage, after, id }) =>
          db.lead.findMany({ where: { ...where, stageId: stage.id, ...(after && { AND: [cardsAfter(after)] }), ...(id && { id }) }, orderBy: COLUMN_ORDER, take, select: leadCardSelect }),
        // Two grouped queries for all the cards of all the pages: last activity and open tasks (Task_leadId_idx).
        async (ids) => {
          const [activities, tasks] = await Promise.all([
            db.activity.groupBy({ by: ["leadId"], where: { leadId: { in: ids } }, _max: { occurredAt: true } }),
            db.task.groupBy({ by: ["leadId"], where: { leadId: { in: ids }, status: { in: [...OPEN_TASK_STATUSES] } }, _count: { _all: true } }),
          ]);
          const facts = new Map<string | null, { lastActivityAt: Date | null; openTasks: number }>(activities.map((g) => [g.leadId, { lastActivityAt: g._max.occurredAt, openTasks: 0 }]));
          for (const g of tasks) facts.set(g.leadId, { lastActivityAt: facts.get(g.leadId)?.lastActivityAt ?? null, openTasks: g._count._all });
          return facts;
        },
        (l, stage, facts) => ({
          ...cardBasics(l, stage, facts?.lastActivityAt, viewer, now),
          href: `/leads/${l.id}`,
          title: l.name,
          subtitle: [l.niche, l.city].filter(Boolean).join(" · ") || null,
          value: l.estimatedValue,
          weighted: null,
          currency: l.currency,
          date: l.nextActionAt ? { label: "Next action", text: formatInZone(l.nextActionAt, viewer.timeZone), overdue: l.nextActionAt < today } : null,
          ownerName: l.owner?.name ?? null,
          lead: { score: l.score, temperature: l.temperature, source: l.source, openTasks: facts?.openTasks ?? 0 },
        }),
      ),
  };
}
