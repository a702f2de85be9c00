import "server-only";
import { calendarMonths } from "@/lib/calendar-months";
import { inBaseCurrency, mrrAt, mrrSeries, onlyCurrency, type MrrLine, type MrrMonth } from "@/lib/revenue/mrr";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { loadMrrLines } from "@/server/services/revenue/load-mrr-lines";
import type { MetricsFilters } from "./metrics-filters";

/** MRR now and over the last months, in the base currency and in each currency on its own (minor units). */
export type MrrOverview = {
  base: string;
  /** Currencies of recurring lines with no exchange rate: left out of `series` and `current`. */
  missingRates: string[];
  series: MrrMonth[];
  /** MRR at `filters.now` (the figure Company.mrr keeps): hosting lines, SaaS lines, and all lines. */
  current: { hosting: number; saas: number; total: number };
  byCurrency: Array<{ currency: string; series: MrrMonth[] }>;
  /** MRR at `filters.now` in each currency on its own, unconverted (minor units of that currency). */
  currentByCurrency: Array<{ currency: string; total: number }>;
};

/** Inputs a caller has already loaded for other figures (the dashboard reads them once per page). */
export type RevenueInputs = { lines?: MrrLine[]; rates?: ExchangeRates };

/** The recurring lines of `filters.ownerId`'s companies (or everyone's) and the exchange rates, unless given. */
export async function loadRevenueInputs(filters: MetricsFilters, given: RevenueInputs = {}): Promise<{ lines: MrrLine[]; rates: ExchangeRates }> {
  const [lines, rates] = await Promise.all([given.lines ?? loadMrrLines({ ownerId: filters.ownerId }), given.rates ?? getExchangeRates()]);
  return { lines, rates };
}

/** The currencies of `lines` that have no exchange rate to the base, sorted. */
export function currenciesWithoutRate(lines: readonly MrrLine[], rates: ExchangeRates): string[] {
  return currenciesOf(lines).filter((c) => c !== rates.base && !rates.rates.has(c));
}

/** MRR at `filters.now` (the figure Company.mrr keeps), in the base currency and in each currency on its own (minor units). */
export type MrrNow = Pick<MrrOverview, "base" | "missingRates" | "current" | "currentByCurrency">;

/**
 * MRR as it stands at `filters.now` (lib/revenue/mrr.ts mrrAt): hosting, SaaS and all lines in the
 * base currency, and each currency on its own, unconverted — the dashboard's MRR card, without the
 * series mrrOverview adds. With an owner, only lines of companies that user owns.
 * @param inputs - the lines (of the same owner scope) and rates, when the caller has them already.
 */
export async function mrrNow(filters: MetricsFilters, inputs?: RevenueInputs): Promise<MrrNow> {
  const { lines, rates } = await loadRevenueInputs(filters, inputs);
  const now = mrrAt(lines, filters.now, inBaseCurrency(rates));
  return {
    base: rates.base,
    missingRates: currenciesWithoutRate(lines, rates),
    current: { hosting: now.byKind.HOSTING, saas: now.byKind.SAAS, total: now.total },
    currentByCurrency: currenciesOf(lines).map((currency) => ({ currency, total: mrrAt(lines, filters.now, onlyCurrency(currency)).total })),
  };
}

/** The currencies of `lines`, sorted. */
function currenciesOf(lines: readonly MrrLine[]): string[] {
  return [...new Set(lines.map((l) => l.currency))].sort();
}

/**
 * MRR from the recurring lines (lib/revenue/mrr.ts: ChartMogul movements, measured at each month's
 * end, so a line counts in full from its first month): the series over `months` calendar months in
 * `filters.timeZone` ending with the current month, converted to the base currency with the
 * exchange rates; the same series per currency, unconverted; and MRR at `filters.now` (mrrNow).
 * With an owner, only lines of companies that user owns. The date range and lead/deal filters do
 * not apply.
 * @param inputs - the lines (of the same owner scope) and rates, when the caller has them already.
 */
export async function mrrOverview(filters: MetricsFilters, months = 12, inputs?: RevenueInputs): Promise<MrrOverview> {
  const { lines, rates } = await loadRevenueInputs(filters, inputs);
  const periods = calendarMonths(filters.now, filters.timeZone, 1 - months, months);
  const toBase = inBaseCurrency(rates);
  return {
    ...(await mrrNow(filters, { lines, rates })),
    series: mrrSeries(lines, periods, toBase),
    byCurrency: currenciesOf(lines).map((currency) => ({ currency, series: mrrSeries(lines, periods, onlyCurrency(currency)) })),
  };
}
