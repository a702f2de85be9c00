import { calendarPeriods, type Period } from "@/lib/activities/periods";
import { zonedDay } from "@/lib/dates";
import { getDb } from "@/server/db";
import { buildOutreachWhere, type OutreachFilters } from "./build-outreach-where";

/** How many touches one period holds, and its first and last day (for a link to them). */
export type PeriodCount = { count: number; from: string; to: string };
export type OutreachCounts = { today: PeriodCount; week: PeriodCount; month: PeriodCount };

/**
 * How many outbound touches matching the list's filters (all but its day range) happened today,
 * this week (from Monday) and this month, in the viewer's time zone (lib/activities/periods).
 * @param now - the current instant (injected so tests control the clock).
 */
export async function countOutreach(filters: OutreachFilters, viewer: { id: string; timeZone: string }, now = new Date()): Promise<OutreachCounts> {
  const db = getDb();
  const where = buildOutreachWhere({ ...filters, from: undefined, to: undefined }, viewer);
  const periods = calendarPeriods(now, viewer.timeZone);
  const count = async (period: Period): Promise<PeriodCount> => ({
    count: await db.activity.count({ where: { AND: [where, { occurredAt: { gte: period.start, lt: period.end } }] } }),
    from: zonedDay(period.start, viewer.timeZone),
    // The last day is the one holding the instant just before the period's end.
    to: zonedDay(new Date(period.end.getTime() - 1), viewer.timeZone),
  });
  const [today, week, month] = await Promise.all([count(periods.today), count(periods.week), count(periods.month)]);
  return { today, week, month };
}
