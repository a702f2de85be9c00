import { zonedDay } from "@/lib/dates";
import { dayPeriod, weekPeriod, type Period } from "@/lib/periods";

const cache = new Map<string, { day: Period; week: Period }>();
const MAX_ENTRIES = 5_000;

/**
 * The local day and the week (Monday to Sunday) that `at` falls in, in `tz`, as UTC instants
 * (lib/periods.ts dayPeriod and weekPeriod, DST-aware), memoised by zone and local day: the
 * boundaries of a day never change, and the award hooks need them on every outreach.
 */
export function dayAndWeekOf(at: Date, tz: string): { day: Period; week: Period } {
  const key = `${tz}|${zonedDay(at, tz)}`;
  let periods = cache.get(key);
  if (!periods) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    periods = { day: dayPeriod(at, tz), week: weekPeriod(at, tz) };
    cache.set(key, periods);
  }
  return periods;
}
