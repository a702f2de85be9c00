import { Cron } from "croner";

/**
 * The first slot of a cron expression strictly after `after`, in the given IANA time zone
 * (croner evaluates the expression in that zone, so "0 7 * * *" in Europe/Nicosia is 07:00 there
 * across DST changes).
 * @returns the slot as a UTC instant, or null when the expression has no further slot.
 * @throws Error for an invalid expression or time zone (croner's message).
 */
export function nextCronSlot(cron: string, timeZone: string, after: Date): Date | null {
  return new Cron(cron, { timezone: timeZone, paused: true }).nextRun(after);
}

/**
 * The most recent slot of a cron expression at or before `at`: the slot a cron call made at `at`
 * belongs to (Vercel calls late, never early).
 * @returns the slot as a UTC instant, or null when the expression has none before `at`.
 * @throws Error for an invalid expression or time zone.
 */
export function currentCronSlot(cron: string, timeZone: string, at: Date): Date | null {
  // croner counts in whole seconds and excludes the reference itself: look back from a second
  // later and drop a slot that falls after `at`.
  const slots = new Cron(cron, { timezone: timeZone, paused: true }).previousRuns(2, new Date(at.getTime() + 1000));
  return slots.find((slot) => slot.getTime() <= at.getTime()) ?? null;
}
