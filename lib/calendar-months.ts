import { TZDate } from "@date-fns/tz";
import { addMonths, format, startOfMonth } from "date-fns";

/** A calendar month in a time zone: "2026-03", "Mar 2026" and its UTC half-open interval [start, end). */
export type CalendarMonth = { key: string; label: string; start: Date; end: Date };

/**
 * `count` consecutive calendar months in `tz`, the first being the month `offset` months from the
 * one `now` falls in (offset -11 and count 12: the last twelve months up to this one). Each runs
 * from midnight of its first day to midnight of the next month's first day in `tz`.
 * @param now - the current instant (injected so tests control the clock).
 */
export function calendarMonths(now: Date, tz: string, offset: number, count: number): CalendarMonth[] {
  const first = addMonths(startOfMonth(new TZDate(now.getTime(), tz)), offset);
  return Array.from({ length: count }, (_, i) => {
    const start = addMonths(first, i);
    return { key: format(start, "yyyy-MM"), label: format(start, "MMM yyyy"), start: new Date(start.getTime()), end: new Date(addMonths(first, i + 1).getTime()) };
  });
}
