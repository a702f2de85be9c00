import { TZDate } from "@date-fns/tz";
import { formatInZone } from "@/lib/dates";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether `value` is a wall-clock time as a datetime-local input gives it ("2026-03-10T14:30") that exists on the calendar. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60;
}

/**
 * The UTC instant of a wall-clock time ("2026-03-10T14:30") in the IANA time zone `tz`. A time
 * skipped by a daylight-saving change is moved forward by the gap, as clocks are.
 * @throws RangeError when `value` is not such a time (check with isLocalDateTime first).
 */
export function zonedDateTime(value: string, tz: string): Date {
  if (!isLocalDateTime(value)) throw new RangeError(`Not a date and time: ${value}`);
  const [year, month, day, hour, minute] = LOCAL_DATE_TIME.exec(value)!.slice(1).map(Number);
  return new Date(new TZDate(year, month - 1, day, hour, minute, tz).getTime());
}

/** A UTC instant as a datetime-local input's value in `tz` ("2026-03-10T14:30"). */
export function localDateTimeValue(date: Date, tz: string): string {
  return formatInZone(date, tz, "yyyy-MM-dd'T'HH:mm");
}
