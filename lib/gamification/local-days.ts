/**
 * Calendar arithmetic on local days ("yyyy-MM-dd") and months ("yyyy-MM"). A local day is a
 * calendar date in some time zone, so adding days is plain calendar arithmetic (no DST: the date
 * is computed at UTC noon and only its calendar part is kept).
 */

const DAY_MS = 86_400_000;

function toUtcNoon(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return Date.UTC(y, m - 1, d, 12);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` moved by `days` calendar days ("2026-12-31" + 1 → "2027-01-01"). */
export function addDaysToDay(day: string, days: number): string {
  return fromUtc(toUtcNoon(day) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcNoon(to) - toUtcNoon(from)) / DAY_MS);
}

/** Every day from `from` to `to`, inclusive, in order (empty when `to` is before `from`). */
export function daysFromTo(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDaysToDay(day, 1)) out.push(day);
  return out;
}

/** The month ("yyyy-MM") of a local day. */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** `month` ("yyyy-MM") moved by `months` calendar months. */
export function addMonthsToMonth(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The ISO 8601 week of a calendar day, as "2026-W49" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the week-year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}
