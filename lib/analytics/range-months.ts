import { TZDate } from "@date-fns/tz";
import { differenceInCalendarMonths } from "date-fns";
import { calendarMonths, type CalendarMonth } from "@/lib/calendar-months";

/** The most months a monthly chart shows (five years); a longer range keeps its last ones. */
export const MAX_RANGE_MONTHS = 60;

/**
 * The calendar months in `tz` that the UTC range [from, to) touches, oldest first (the first and
 * last may be partly outside it), at most MAX_RANGE_MONTHS, the latest kept.
 */
export function rangeMonths(from: Date, to: Date, tz: string): CalendarMonth[] {
  const last = new Date(Math.max(from.getTime(), to.getTime() - 1));
  const count = Math.min(MAX_RANGE_MONTHS, differenceInCalendarMonths(new TZDate(last.getTime(), tz), new TZDate(from.getTime(), tz)) + 1);
  return calendarMonths(last, tz, 1 - count, count);
}
