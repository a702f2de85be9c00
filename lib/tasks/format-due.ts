import { addDays } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { formatInZone, zonedDay } from "@/lib/dates";

/**
 * A due date as a person reads it, relative to their today in `timeZone`: "Today", "Tomorrow",
 * "Yesterday", "Wed 11 Mar" this year, "11 Mar 2025" otherwise; with ", 14:30" unless all-day.
 * @param now - the current instant.
 */
export function formatDue(dueAt: Date, allDay: boolean, now: Date, timeZone: string): string {
  const day = zonedDay(dueAt, timeZone);
  const today = new TZDate(now.getTime(), timeZone);
  const relative: Record<string, string> = {
    [zonedDay(today, timeZone)]: "Today",
    [zonedDay(addDays(today, 1), timeZone)]: "Tomorrow",
    [zonedDay(addDays(today, -1), timeZone)]: "Yesterday",
  };
  const label = relative[day] ?? formatInZone(dueAt, timeZone, day.slice(0, 4) === zonedDay(today, timeZone).slice(0, 4) ? "EEE d MMM" : "d MMM yyyy");
  return allDay ? label : `${label}, ${formatInZone(dueAt, timeZone, "HH:mm")}`;
}
