import { MONTHS_PER_PERIOD } from "./monthly-amount";
import type { MrrLine } from "./mrr";

/** What billing needs of a recurring line. Amount in minor units of its currency per `billingPeriod`. */
export type BilledLine = Pick<MrrLine, "amount" | "billingPeriod" | "startsAt" | "endsAt">;

/**
 * The instant `months` calendar months after `start`, in UTC, keeping its day of month and time;
 * a day the month lacks becomes its last day (31 Jan + 1 month = 28 or 29 Feb, + 2 months = 31 Mar).
 */
function addMonthsUtc(start: Date, months: number): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()));
}

/**
 * Recurring revenue a line has billed, in minor units of its currency. The rule (Leadwell's, as
 * invoices in advance work): a line bills its full `amount` at the start of each billing period —
 * on `startsAt`, then every 1, 3 or 12 calendar months after it (UTC; a day the month lacks is its
 * last day) — while that instant is before `endsAt` (a line cancelled on its renewal day does not
 * bill again) and not after `now`. Nothing is prorated.
 * @param now - the current instant (injected so tests control the clock): later instants have not billed yet.
 * @param range - only the billing instants in this UTC half-open interval [start, end) (e.g. this
 *   year in the viewer's time zone, lib/periods.ts); all of them when omitted (lifetime).
 */
export function recurringBilled(line: BilledLine, now: Date, range?: { start: Date; end: Date }): number {
  const step = MONTHS_PER_PERIOD[line.billingPeriod];
  const stop = Math.min(now.getTime() + 1, line.endsAt?.getTime() ?? Infinity, range?.end.getTime() ?? Infinity);
  let total = 0;
  for (let k = 0; ; k++) {
    const at = addMonthsUtc(line.startsAt, k * step).getTime();
    if (at >= stop) return total;
    if (!range || at >= range.start.getTime()) total += line.amount;
  }
}
