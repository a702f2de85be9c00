import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, eachDayOfInterval, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek } from "date-fns";

export const CALENDAR_VIEWS = ["month", "week"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The days a calendar view shows and where its navigation leads; every day is "YYYY-MM-DD". */
export type CalendarGrid = {
  view: CalendarView;
  /** The day the view was asked for (the month or week containing it is shown). */
  anchor: string;
  /** Whole weeks, Monday first: 4–6 rows for a month, one for a week. */
  weeks: string[][];
  /** The first day shown and the day after the last one (a half-open range of days). */
  from: string;
  until: string;
  /** The anchors of the previous and next month or week. */
  previous: string;
  next: string;
  /** "March 2026" or "9–15 Mar 2026". */
  title: string;
  /** The month ("2026-03") the view is about: days of other months in a month grid are dimmed. */
  month: string;
};

/** Calendar days are handled as midnight UTC so that the server's own time zone plays no part. */
const toDate = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return new TZDate(y, m - 1, d, "UTC");
};
const toDay = (date: Date) => format(date, "yyyy-MM-dd");
const MONDAY = { weekStartsOn: 1 } as const;

/** The calendar day `days` days after `day` (before it, for a negative count); both "YYYY-MM-DD". */
export function shiftDay(day: string, days: number): string {
  return toDay(addDays(toDate(day), days));
}

/**
 * The grid of a month or week view around `anchor` (ISO 8601 weeks: Monday first). Pure calendar
 * arithmetic on days; which instants a day covers depends on the viewer's time zone
 * (lib/dates.ts zonedDayStart).
 * @param anchor - a valid "YYYY-MM-DD" day.
 */
export function calendarGrid(view: CalendarView, anchor: string): CalendarGrid {
  const date = toDate(anchor);
  const first = view === "month" ? startOfWeek(startOfMonth(date), MONDAY) : startOfWeek(date, MONDAY);
  const last = view === "month" ? endOfWeek(endOfMonth(date), MONDAY) : endOfWeek(date, MONDAY);
  const days = eachDayOfInterval({ start: first, end: last }).map(toDay);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const step = view === "month" ? (n: number) => addMonths(date, n) : (n: number) => addWeeks(date, n);
  const sameMonth = format(first, "yyyy-MM") === format(last, "yyyy-MM");
  return {
    view,
    anchor,
    weeks,
    from: days[0],
    until: toDay(addDays(last, 1)),
    previous: toDay(step(-1)),
    next: toDay(step(1)),
    title: view === "month" ? format(date, "MMMM yyyy") : `${format(first, sameMonth ? "d" : "d MMM")}–${format(last, "d MMM yyyy")}`,
    month: format(date, "yyyy-MM"),
  };
}
