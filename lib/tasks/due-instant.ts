import { zonedDateTime } from "@/lib/activities/local-date-time";
import { formatInZone, zonedDay, zonedDayStart } from "@/lib/dates";

/**
 * The due instant of a task entered as a day and an optional time of day in the user's time zone.
 * A day without a time is an all-day task, stored as midnight at the start of that day in
 * `timeZone` (lib/dates.ts zonedDayStart). A time that a DST change skips (01:30 on the spring
 * forward day in Europe/London) moves forward by the gap (02:30 BST), as a wall clock would.
 * @param day - "YYYY-MM-DD", or null for no due date (then `time` is ignored).
 * @param time - "HH:mm" (24-hour), or null.
 * @param timeZone - IANA time zone of the user who sets it.
 * @throws RangeError for a day or time that is not a real one (callers validate first).
 */
export function dueInstant(day: string | null, time: string | null, timeZone: string): { dueAt: Date | null; allDay: boolean } {
  if (!day) return { dueAt: null, allDay: false };
  if (!time) return { dueAt: zonedDayStart(day, timeZone), allDay: true };
  return { dueAt: zonedDateTime(`${day}T${time}`, timeZone), allDay: false };
}

/** The form values (day, and time unless all-day) of a stored due instant, in `timeZone`: dueInstant's inverse. */
export function dueParts(dueAt: Date | null, allDay: boolean, timeZone: string): { dueDay: string | null; dueTime: string | null } {
  if (!dueAt) return { dueDay: null, dueTime: null };
  return { dueDay: zonedDay(dueAt, timeZone), dueTime: allDay ? null : formatInZone(dueAt, timeZone, "HH:mm") };
}
