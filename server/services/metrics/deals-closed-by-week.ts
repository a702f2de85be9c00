import "server-only";
import { metricWeeks } from "@/lib/metrics/metric-weeks";
import { toBaseCurrency } from "@/lib/revenue/exchange";
import { getDb } from "@/server/db";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { dealMetricsWhere, type MetricsFilters } from "./metrics-filters";

/**
 * One week of closed deals: how many were won and lost, and the won deals' value in minor units of
 * the base currency (deals in a currency without an exchange rate are counted but their value is
 * left out; `missingRates` names those currencies).
 */
export type DealsClosedWeek = { weekStart: string; label: string; won: number; lost: number; wonValue: number; missingRates: string[] };

/**
 * Deals closed (by `closedAt`, in a WON or LOST stage) per calendar week (Monday start, in
 * `filters.timeZone`), oldest first: the `weeks` weeks ending with the current one, or the weeks of
 * `filters.from`–`filters.to` when given. Owner and pipeline filters apply. One query over the
 * whole window (closed deals are few), bucketed here.
 */
export async function dealsClosedByWeek(filters: MetricsFilters, weeks = 12): Promise<DealsClosedWeek[]> {
  const periods = metricWeeks(filters.now, filters.timeZone, weeks, filters);
  const [deals, rates] = await Promise.all([
    getDb().deal.findMany({
      where: { ...dealMetricsWhere(filters), closedAt: { gte: periods[0].start, lt: periods[periods.length - 1].end }, stage: { kind: { in: ["WON", "LOST"] } } },
      select: { closedAt: true, value: true, currency: true, stage: { select: { kind: true } } },
    }),
    getExchangeRates(),
  ]);
  const rows = periods.map((w) => ({ weekStart: w.weekStart, label: w.label, won: 0, lost: 0, wonValue: 0, missing: new Set<string>() }));
  for (const deal of deals) {
    const i = periods.findIndex((w) => deal.closedAt! >= w.start && deal.closedAt! < w.end);
    const row = rows[i];
    if (deal.stage.kind === "LOST") {
      row.lost++;
      continue;
    }
    row.won++;
    const value = toBaseCurrency(deal.value, deal.currency, rates);
    if (value === null) row.missing.add(deal.currency);
    else row.wonValue += value;
  }
  return rows.map(({ missing, wonValue, ...row }) => ({ ...row, wonValue: Math.round(wonValue), missingRates: [...missing].sort() }));
}
