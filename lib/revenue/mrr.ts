import type { CalendarMonth } from "@/lib/calendar-months";
import { toBaseCurrency, type ExchangeRates } from "./exchange";
import { monthlyAmount, type BillingPeriod } from "./monthly-amount";

/** The kinds of recurring revenue (`RecurringLine.kind`). */
export const RECURRING_KINDS = ["HOSTING", "SAAS", "RETAINER", "OTHER"] as const;
export type RecurringKind = (typeof RECURRING_KINDS)[number];

/** What MRR needs of a recurring line. Amount in minor units of `currency` per `billingPeriod`. */
export type MrrLine = {
  companyId: string;
  kind: RecurringKind;
  amount: number;
  currency: string;
  billingPeriod: BillingPeriod;
  startsAt: Date;
  /** End or cancellation date, exclusive; null: ongoing. */
  endsAt: Date | null;
};

/** The five MRR movements of a month, in minor units (all ≥ 0; contraction and churn are losses). */
export type MrrMovements = { new: number; expansion: number; reactivation: number; contraction: number; churn: number };

/** One month of the MRR series, in minor units of the series' currency. */
export type MrrMonth = {
  key: string;
  label: string;
  /** MRR at the end of the month before. */
  start: number;
  /** MRR at the end of this month: start + new + expansion + reactivation − contraction − churn. */
  end: number;
  /** `end` split by kind of line (a customer's total is rounded, so the kinds may differ from it by a unit or two). */
  byKind: Record<RecurringKind, number>;
  movements: MrrMovements;
  /** Customers (companies) with MRR > 0 at the end of the month. */
  customers: number;
};

/**
 * Whether a line counts in the MRR measured at the instant `at`: it has started before it and has
 * not ended by it. MRR is measured at the end of each month (ChartMogul reports MRR at the end of
 * the period), which is the mid-month convention: a line that starts on the 15th counts in full in
 * its first month, and one that ends on the 15th no longer counts in that month (it churns there).
 * A line that starts and ends inside one month never counts.
 */
export function isActiveAt(line: Pick<MrrLine, "startsAt" | "endsAt">, at: Date): boolean {
  return line.startsAt < at && (line.endsAt === null || line.endsAt >= at);
}

type Snapshot = { total: Map<string, number>; byKind: Record<RecurringKind, number> };

/** A line as snapshots read it: its monthly amount in the series' currency and its span in epoch ms (end Infinity: ongoing). */
type PricedLine = { companyId: string; kind: RecurringKind; monthly: number; start: number; end: number };

/**
 * The lines `amountOf` prices (others left out), each with its monthly amount and numeric span:
 * done once per series, so the snapshots of its months compare numbers rather than call the
 * converter and compare Dates for every line and month (a dashboard computes a few dozen).
 */
function priceLines(lines: readonly MrrLine[], amountOf: (line: MrrLine) => number | null): PricedLine[] {
  const priced: PricedLine[] = [];
  for (const line of lines) {
    const amount = amountOf(line);
    if (amount === null) continue;
    priced.push({ companyId: line.companyId, kind: line.kind, monthly: monthlyAmount(amount, line.billingPeriod), start: line.startsAt.getTime(), end: line.endsAt?.getTime() ?? Infinity });
  }
  return priced;
}

/** Each customer's MRR and the MRR of each kind at the instant `at` (epoch ms), by isActiveAt's rule. */
function snapshotAt(lines: readonly PricedLine[], at: number): Snapshot {
  const exact = new Map<string, number>();
  const byKind = Object.fromEntries(RECURRING_KINDS.map((k) => [k, 0])) as Record<RecurringKind, number>;
  for (const line of lines) {
    if (!(line.start < at && line.end >= at)) continue;
    exact.set(line.companyId, (exact.get(line.companyId) ?? 0) + line.monthly);
    byKind[line.kind] += line.monthly;
  }
  const total = new Map<string, number>();
  for (const [companyId, value] of exact) {
    const rounded = Math.round(value);
    if (rounded > 0) total.set(companyId, rounded);
  }
  for (const kind of RECURRING_KINDS) byKind[kind] = Math.round(byKind[kind]);
  return { total, byKind };
}

/**
 * The MRR series over `months` with its movements, computed per customer (company) as ChartMogul
 * defines them ("MRR movements"): a customer whose MRR goes from 0 to more is **new** the first
 * time and a **reactivation** after that; one whose MRR rises is **expansion**, falls but stays
 * above 0 **contraction**, falls to 0 **churn**. Each customer's monthly total is rounded to a
 * whole minor unit before comparing, so end = start + new + expansion + reactivation − contraction
 * − churn holds exactly for every month. Lines before the first month are looked at to tell a
 * reactivation from a new customer.
 * @param lines - every recurring line that may count (all of them, or one owner's).
 * @param months - consecutive calendar months; MRR is measured at each month's `end`.
 * @param amountOf - a line's amount per billing period in the series' currency (minor units), or
 *   null to leave it out: `inBaseCurrency(rates)` or `onlyCurrency("EUR")`.
 */
export function mrrSeries(lines: readonly MrrLine[], months: readonly CalendarMonth[], amountOf: (line: MrrLine) => number | null): MrrMonth[] {
  if (months.length === 0) return [];
  const firstStart = months[0].start;
  const priced = priceLines(lines, amountOf);
  let previous = snapshotAt(priced, firstStart.getTime());
  // Customers who had MRR at some month end before the series: a later return is a reactivation.
  const seen = new Set<string>(previous.total.keys());
  for (const line of lines) {
    if (line.startsAt >= firstStart || (line.endsAt !== null && line.endsAt <= line.startsAt)) continue;
    if (amountOf(line) !== null && line.amount > 0 && hadMonthEndBefore(line, firstStart)) seen.add(line.companyId);
  }
  return months.map((month) => {
    const current = snapshotAt(priced, month.end.getTime());
    const movements: MrrMovements = { new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0 };
    for (const [companyId, now] of current.total) {
      const before = previous.total.get(companyId) ?? 0;
      if (before === 0) movements[seen.has(companyId) ? "reactivation" : "new"] += now;
      else if (now > before) movements.expansion += now - before;
      else if (now < before) movements.contraction += before - now;
    }
    for (const [companyId, before] of previous.total) if (!current.total.has(companyId)) movements.churn += before;
    for (const companyId of current.total.keys()) seen.add(companyId);
    const start = sum(previous.total);
    previous = current;
    return { key: month.key, label: month.label, start, end: sum(current.total), byKind: current.byKind, movements, customers: current.total.size };
  });
}

/**
 * MRR at the instant `at` by isActiveAt's rule (each customer's monthly total rounded, as in
 * mrrSeries): the total and the split by kind of line, in the currency `amountOf` prices in
 * (minor units; see mrrSeries).
 */
export function mrrAt(lines: readonly MrrLine[], at: Date, amountOf: (line: MrrLine) => number | null): { total: number; byKind: Record<RecurringKind, number> } {
  const { total, byKind } = snapshotAt(priceLines(lines, amountOf), at.getTime());
  return { total: sum(total), byKind };
}

/** Whether a line that started before `before` was active at some month end (UTC) before it. */
function hadMonthEndBefore(line: MrrLine, before: Date): boolean {
  const firstMonthEnd = Date.UTC(line.startsAt.getUTCFullYear(), line.startsAt.getUTCMonth() + 1, 1);
  return firstMonthEnd <= before.getTime() && (line.endsAt === null || line.endsAt.getTime() >= firstMonthEnd);
}

function sum(values: Map<string, number>): number {
  let total = 0;
  for (const value of values.values()) total += value;
  return total;
}

/** Amounts converted to the base currency; lines in a currency without a rate are left out. */
export function inBaseCurrency(rates: ExchangeRates): (line: MrrLine) => number | null {
  return (line) => toBaseCurrency(line.amount, line.currency, rates);
}

/** Only the lines in `currency`, unconverted: the series of one currency on its own. */
export function onlyCurrency(currency: string): (line: MrrLine) => number | null {
  return (line) => (line.currency === currency ? line.amount : null);
}

/**
 * A company's MRR at the instant `at` (minor units of the base currency, rounded), and whether a
 * hosting or SaaS line is active then: the figures kept on `Company` for the list.
 */
export function companyMrrAt(lines: readonly MrrLine[], at: Date, rates: ExchangeRates): { mrr: number; hostingActive: boolean; saasActive: boolean } {
  const active = lines.filter((line) => isActiveAt(line, at));
  return {
    mrr: mrrAt(active, at, inBaseCurrency(rates)).total,
    hostingActive: active.some((line) => line.kind === "HOSTING"),
    saasActive: active.some((line) => line.kind === "SAAS"),
  };
}
