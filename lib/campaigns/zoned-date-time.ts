import { TZDate } from "@date-fns/tz";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall-clock time ("2026-03-10T09:30", as an `<input type="datetime-local">` gives it) in the
 * IANA time zone `tz`, as a UTC instant. A time a DST change skips is moved forward by the gap, one
 * it repeats is the first occurrence (date-fns/tz's TZDate rules).
 * @returns null when `value` is not such a time or names an impossible date (2026-02-30).
 */
export function zonedDateTimeToUtc(value: string, tz: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, tz);
  if (Number.isNaN(date.getTime()) || date.getDate() !== day) return null;
  return new Date(date.getTime());
}
