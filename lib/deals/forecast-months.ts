import { TZDate } from "@date-fns/tz";
import { addMonths, format, startOfMonth } from "date-fns";

/** A calendar month in a time zone: "2026-03", "Mar 2026" and its UTC half-open interval [start, end). */
export type ForecastMonth = { key: string; label: string; start: Date; end: Date };

/**
 * The months a forecast covers: the current month in `tz` and the `count - 1` after it, each from
 * midnight of its first day to midnight of the next month's first day in `tz` (so a deal expected
 * to close late on the last evening of a month counts in that month for that user).
 * @param now - the current instant (injected so tests control the clock).
 */
export function forecastMonths(now: Date, tz: string, count = 3): ForecastMonth[] {
  const first = startOfMonth(new TZDate(now.getTime(), tz));
  return Array.from({ length: count }, (_, i) => {
    const start = addMonths(first, i);
    return { key: format(start, "yyyy-MM"), label: format(start, "MMM yyyy"), start: new Date(start.getTime()), end: new Date(addMonths(first, i + 1).getTime()) };
  });
}
