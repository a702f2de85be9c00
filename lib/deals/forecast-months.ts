import { calendarMonths, type CalendarMonth } from "@/lib/calendar-months";

/** A calendar month of the deal forecast. */
export type ForecastMonth = CalendarMonth;

/**
 * The months a forecast covers: the current month in `tz` and the `count - 1` after it (so a deal
 * expected to close late on the last evening of a month counts in that month for that user).
 * @param now - the current instant (injected so tests control the clock).
 */
export function forecastMonths(now: Date, tz: string, count = 3): ForecastMonth[] {
  return calendarMonths(now, tz, 0, count);
}
