import { zonedDay, formatInZone } from "@/lib/dates";
import { weekPeriod, type Period } from "@/lib/periods";

/** A calendar week (Monday start) in a time zone: its local Monday ("2026-03-02"), a label ("2 Mar") and its UTC interval. */
export type MetricWeek = Period & { weekStart: string; label: string };

/** The most weeks a weekly metric covers (five years), whatever range it is given. */
export const MAX_METRIC_WEEKS = 260;

function toWeek(period: Period, tz: string): MetricWeek {
  return { ...period, weekStart: zonedDay(period.start, tz), label: formatInZone(period.start, tz, "d MMM") };
}

/**
 * The weeks a weekly metric covers, oldest first: with a range [from, to), every week from the one
 * `from` falls in to the one holding the range's last instant (at most MAX_METRIC_WEEKS, the
 * latest kept); without one, the `count` weeks ending with the week `now` falls in. Weeks start on
 * Monday at local midnight in `tz` (lib/periods.ts weekPeriod).
 * @param now - the current instant (injected so tests control the clock).
 */
export function metricWeeks(now: Date, tz: string, count: number, range?: { from?: Date; to?: Date }): MetricWeek[] {
  const last = range?.to ? new Date(range.to.getTime() - 1) : now;
  let weeks = Math.max(1, Math.min(count, MAX_METRIC_WEEKS));
  if (range?.from) {
    const first = weekPeriod(range.from, tz).start.getTime();
    weeks = 1;
    while (weeks < MAX_METRIC_WEEKS && weekPeriod(last, tz, -weeks).start.getTime() >= first) weeks++;
  }
  return Array.from({ length: weeks }, (_, i) => toWeek(weekPeriod(last, tz, i - weeks + 1), tz));
}
