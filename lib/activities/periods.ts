import { TZDate } from "@date-fns/tz";
import { addMonths, addWeeks, startOfDay, startOfMonth, startOfWeek } from "date-fns";
import { todayRange } from "@/lib/dates";

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
  const week = startOfWeek(local, { weekStartsOn: 1 });
  const month = startOfMonth(local);
  return {
    today: todayRange(now, tz),
    // Each period ends where the next one's first day starts (see todayRange on DST).
    week: { start: utc(week), end: utc(startOfDay(addWeeks(week, 1))) },
    month: { start: utc(month), end: utc(startOfDay(addMonths(month, 1))) },
  };
}
