import "server-only";
import { monthPeriod, weekPeriod, type Period } from "@/lib/periods";
import { getDb } from "@/server/db";
import { leadMetricsWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * Leads created this week (from Monday) and this month, in `filters.timeZone`, converted or not.
 * Owner and lead filters apply.
 */
export async function countNewLeads(filters: MetricsFilters): Promise<{ week: number; month: number }> {
  const db = getDb();
  const where = leadMetricsWhere(filters);
  // Open and converted leads counted apart: each is a range on the list index (convertedAt,
  // createdAt, …), where one count over both would scan the table on SQLite.
  const count = async ({ start, end }: Period) => {
    const createdAt = { gte: start, lt: end };
    const [open, converted] = await Promise.all([
      db.lead.count({ where: { ...where, convertedAt: null, createdAt } }),
      db.lead.count({ where: { ...where, convertedAt: { gt: new Date(0) }, createdAt } }),
    ]);
    return open + converted;
  };
  const [week, month] = await Promise.all([count(weekPeriod(filters.now, filters.timeZone)), count(monthPeriod(filters.now, filters.timeZone))]);
  return { week, month };
}
