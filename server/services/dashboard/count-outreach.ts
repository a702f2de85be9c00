import "server-only";
import { dayPeriod, monthPeriod, weekPeriod, type Period } from "@/lib/periods";
import { getDb } from "@/server/db";
import { activityMetricsWhere, OUTREACH_WHERE, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * Outreach (outbound touches, OUTREACH_WHERE) today, this week (from Monday) and this month, in
 * `filters.timeZone`. Owner means author; lead filters keep activities of matching leads.
 */
export async function countOutreach(filters: MetricsFilters): Promise<{ today: number; week: number; month: number }> {
  const db = getDb();
  const where = { ...activityMetricsWhere(filters), ...OUTREACH_WHERE };
  const count = ({ start, end }: Period) => db.activity.count({ where: { ...where, occurredAt: { gte: start, lt: end } } });
  const { now, timeZone } = filters;
  const [today, week, month] = await Promise.all([count(dayPeriod(now, timeZone)), count(weekPeriod(now, timeZone)), count(monthPeriod(now, timeZone))]);
  return { today, week, month };
}
