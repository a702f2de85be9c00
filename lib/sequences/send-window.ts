import { TZDate } from "@date-fns/tz";
import { addBusinessDays, addDays, getISODay, startOfDay } from "date-fns";

/**
 * When a sequence may run its steps: ISO weekdays (1 = Monday … 7 = Sunday) and the local hours
 * [fromHour, toHour) — toHour 24 is midnight at the end of the day.
 */
export type SendWindow = { days: readonly number[]; fromHour: number; toHour: number };

/** Local wall-clock instant `hour`:00 on the day of `day` (a TZDate in the zone); 24 is the next midnight. */
function atHour(day: TZDate, hour: number): TZDate {
  const start = startOfDay(day);
  // A TZDate built from its parts resolves a wall time that a DST change skips to the later offset.
  return new TZDate(start.getFullYear(), start.getMonth(), start.getDate() + (hour === 24 ? 1 : 0), hour === 24 ? 0 : hour, 0, 0, day.timeZone!);
}

/**
 * The first instant at or after `earliest` that lies inside the window in `timeZone`: `earliest`
 * itself when it does, else the opening of the next allowed day's hours. Wall-clock hours follow
 * the zone's daylight-saving rules (09:00 local is 07:00 UTC in Nicosia's summer, 07:00 in its
 * winter), through `@date-fns/tz`.
 * @param earliest - UTC instant.
 * @param timeZone - IANA zone (the recipient's, recipientTimeZone).
 * @returns a UTC instant.
 * @throws RangeError when the window has no day or no hours (the sequence form refuses both).
 */
export function nextSendInstant(earliest: Date, window: SendWindow, timeZone: string): Date {
  if (!window.days.length || window.fromHour >= window.toHour) throw new RangeError("The send window is empty");
  const local = new TZDate(earliest.getTime(), timeZone);
  for (let offset = 0; offset < 8; offset++) {
    const day = addDays(local, offset);
    if (!window.days.includes(getISODay(day))) continue;
    const opens = atHour(day, window.fromHour);
    const closes = atHour(day, window.toHour);
    if (earliest.getTime() < closes.getTime()) return new Date(Math.max(earliest.getTime(), opens.getTime()));
  }
  throw new RangeError("The send window is empty");
}

/**
 * The instant a wait of `days` days ends when it starts at `from`: the same local wall-clock time
 * `days` calendar days later in `timeZone` (so a wait across a DST change keeps its hour), or —
 * with `businessDays` — `days` Monday-to-Friday days later (date-fns addBusinessDays: Friday + 1
 * is Monday; a start on a weekend counts from the next Monday's). Public holidays are not known.
 * @param from - UTC instant the wait starts.
 * @returns a UTC instant.
 */
export function waitUntil(from: Date, days: number, businessDays: boolean, timeZone: string): Date {
  const local = new TZDate(from.getTime(), timeZone);
  const end = businessDays ? addBusinessDays(local, days) : addDays(local, days);
  return new Date(end.getTime());
}

/** The start of the local day after the one `at` falls on, in `timeZone` (when a daily cap resets). */
export function nextLocalDayStart(at: Date, timeZone: string): Date {
  return new Date(startOfDay(addDays(new TZDate(at.getTime(), timeZone), 1)).getTime());
}

/** The start of the local day `at` falls on, in `timeZone`. */
export function localDayStart(at: Date, timeZone: string): Date {
  return new Date(startOfDay(new TZDate(at.getTime(), timeZone)).getTime());
}
