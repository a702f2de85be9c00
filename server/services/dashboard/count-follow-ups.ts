import "server-only";
import { dayPeriod } from "@/lib/periods";
import { getDb } from "@/server/db";
import { leadMetricsWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * Open (not converted) leads whose follow-up (next action) is due today and overdue (before today)
 * in `filters.timeZone`: the leads list's "Follow-up today" and "Overdue" filters. Owner and lead
 * filters apply. Served by the Lead [convertedAt, nextActionAt, ownerId] index.
 */
export async function countFollowUps(filters: MetricsFilters): Promise<{ today: number; overdue: number }> {
  const db = getDb();
  const { start, end } = dayPeriod(filters.now, filters.timeZone);
  const open = { ...leadMetricsWhere(filters), convertedAt: null };
  const [today, overdue] = await Promise.all([
    db.lead.count({ where: { ...open, nextActionAt: { gte: start, lt: end } } }),
    db.lead.count({ where: { ...open, nextActionAt: { lt: start } } }),
  ]);
  return { today, overdue };
}
