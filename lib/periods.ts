import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, startOfDay, startOfMonth, startOfWeek, startOfYear, addYears } from "date-fns";

/** A UTC half-open interval [start, end). */
export type Period = { start: Date; end: Date };

const MONDAY = { weekStartsOn: 1 } as const;
const utc = (date: Date) => new Date(date.getTime());

/**
 * The calendar week (Monday to Sunday, ISO 8601) that `now` falls in, in `tz`, `offset` weeks
 * away (-1: last week). Boundaries are local midnights, so a week across a DST change is 167 or
 * 169 hours long.
 * @param now - the current instant (injected so tests control the clock).
 */
export function weekPeriod(now: Date, tz: string, offset = 0): Period {
  const start = addWeeks(startOfWeek(new TZDate(now.getTime(), tz), MONDAY), offset);
  return { start: utc(start), end: utc(startOfDay(addWeeks(start, 1))) };
}

/** The calendar month that `now` falls in, in `tz`, `offset` months away. */
export function monthPeriod(now: Date, tz: string, offset = 0): Period {
  const start = addMonths(startOfMonth(new TZDate(now.getTime(), tz)), offset);
  return { start: utc(start), end: utc(addMonths(start, 1)) };
}

/** The calendar year that `now` falls in, in `tz`. */
export function yearPeriod(now: Date, tz: string): Period {
  const start = startOfYear(new TZDate(now.getTime(), tz));
  return { start: utc(start), end: utc(addYears(start, 1)) };
}

/** The day that `now` falls in, in `tz`, `offset` days away (-1: yesterday). */
export function dayPeriod(now: Date, tz: string, offset = 0): Period {
  const start = startOfDay(addDays(startOfDay(new TZDate(now.getTime(), tz)), offset));
  return { start: utc(start), end: utc(startOfDay(addDays(start, 1))) };
}
