import { todayRange } from "@/lib/dates";
import { getDb } from "@/server/db";

export type LeadOverview = {
  openLeads: number;
  followUpsToday: number;
  followUpsOverdue: number;
  byStage: Array<{ id: string; name: string; color: string; count: number }>;
  convertedThisMonth: number;
};

/**
 * Counts for the home page: open leads, follow-ups due today and overdue (in the viewer's time
 * zone), leads per status and conversions in the last 30 days. Converted leads are not open.
 * @param now - the current instant.
 */
export async function getLeadOverview(viewer: { timeZone: string }, now: Date = new Date()): Promise<LeadOverview> {
  const db = getDb();
  const { start, end } = todayRange(now, viewer.timeZone);
  const open = { convertedAt: null };
  const [openLeads, followUpsToday, followUpsOverdue, stages, counts, convertedThisMonth] = await Promise.all([
    db.lead.count({ where: open }),
    db.lead.count({ where: { ...open, nextActionAt: { gte: start, lt: end } } }),
    db.lead.count({ where: { ...open, nextActionAt: { lt: start } } }),
    db.stage.findMany({
      where: { pipeline: { kind: "LEAD", isDefault: true } },
      orderBy: { position: "asc" },
      select: { id: true, name: true, color: true },
    }),
    db.lead.groupBy({ by: ["stageId"], where: open, _count: { _all: true } }),
    db.lead.count({ where: { convertedAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } } }),
  ]);
  const countByStage = new Map(counts.map((c) => [c.stageId, c._count._all]));
  return {
    openLeads,
    followUpsToday,
    followUpsOverdue,
    byStage: stages.map((s) => ({ ...s, count: countByStage.get(s.id) ?? 0 })),
    convertedThisMonth,
  };
}
