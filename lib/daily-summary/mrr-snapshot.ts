import type { Period } from "@/lib/periods";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import { inBaseCurrency, isActiveAt, mrrSeries, type MrrLine } from "@/lib/revenue/mrr";
import type { SummaryMrr } from "./daily-summary";

/**
 * The summary's MRR snapshot at `now`, in minor units of the base currency: the MRR of the lines
 * active now (total, hosting, SaaS) and this month's new and churned MRR so far. It is mrrSeries
 * over one "month" that runs from the start of this month to `now`, so the movements are
 * ChartMogul's, measured as they stand today (lib/revenue/mrr.ts).
 * @param lines - every recurring line (loadMrrLines).
 * @param month - this month in the recipient's time zone (monthPeriod).
 * @param now - the current instant (injected so tests control the clock).
 */
export function mrrSnapshot(lines: readonly MrrLine[], rates: ExchangeRates, month: Period, now: Date): SummaryMrr {
  const amountOf = inBaseCurrency(rates);
  const [current] = mrrSeries(lines, [{ key: "now", label: "now", start: month.start, end: now }], amountOf);
  const missing = new Set(lines.filter((line) => isActiveAt(line, now) && amountOf(line) === null).map((line) => line.currency));
  return {
    currency: rates.base,
    total: current.end,
    hosting: current.byKind.HOSTING,
    saas: current.byKind.SAAS,
    newThisMonth: current.movements.new,
    churnedThisMonth: current.movements.churn,
    missingRates: [...missing].sort(),
  };
}
