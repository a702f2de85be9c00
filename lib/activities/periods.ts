import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, startOfDay, startOfMonth, startOfWeek } from "date-fns";

export type Period = { start: Date; end: Date };

/**
 * The user's today, this week and this month as UTC half-open intervals [start, end), in the IANA
 * time zone `tz`. Weeks start on Monday (ISO 8601, as in most of Europe, where Leadwell's users
 * prospect); months on the 1st.
 * @param now - the current instant (injected so tests control the clock).
 */
export function calendarPeriods(now: Date, tz: string): { today: Period; week: Period; month: Period } {
  const local = new TZDate(now.getTime(), tz);
  const utc = (d: Date) => new Date(d.getTime());
  const day = startOfDay(local);
  const week = startOfWeek(local, { weekStartsOn: 1 });
  const month = startOfMonth(local);
  return {
    today: { start: utc(day), end: utc(addDays(day, 1)) },
    week: { start: utc(week), end: utc(addWeeks(week, 1)) },
    month: { start: utc(month), end: utc(addMonths(month, 1)) },
  };
}
