import "server-only";
import { metricWeeks } from "@/lib/metrics/metric-weeks";
import { getDb } from "@/server/db";
import { activityMetricsWhere, OUTREACH_WHERE, type MetricsFilters } from "./metrics-filters";

/** One week of outreach: outbound activities in total and per activity type. */
export type OutreachWeek = { weekStart: string; label: string; total: number; byType: Record<string, number> };

/**
 * Outreach (activities with direction OUTBOUND) per calendar week (Monday start, in
 * `filters.timeZone`), oldest first: the `weeks` weeks ending with the current one, or the weeks of
 * `filters.from`–`filters.to` when given (lib/metrics/metric-weeks.ts). Owner means author; lead
 * filters keep activities linked to a matching lead. One grouped count per week, served by the
 * Activity [direction, occurredAt] (or [authorId, occurredAt]) index.
 */
export async function outreachByWeek(filters: MetricsFilters, weeks = 12): Promise<OutreachWeek[]> {
  const db = getDb();
  const periods = metricWeeks(filters.now, filters.timeZone, weeks, filters);
  const base = { ...activityMetricsWhere(filters), ...OUTREACH_WHERE };
  const groups = await Promise.all(
    periods.map((w) => db.activity.groupBy({ by: ["type"], where: { ...base, occurredAt: { gte: w.start, lt: w.end } }, _count: { _all: true } })),
  );
  return periods.map((w, i) => {
    const byType: Record<string, number> = {};
    let total = 0;
    for (const g of groups[i]) {
      byType[g.type] = g._count._all;
      total += g._count._all;
    }
    return { weekStart: w.weekStart, label: w.label, total, byType };
  });
}
