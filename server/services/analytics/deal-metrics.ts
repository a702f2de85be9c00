import "server-only";
import { dealMetrics, type DealMetrics } from "@/lib/analytics/deal-metrics";
import { toBaseCurrency } from "@/lib/revenue/exchange";
import { getDb } from "@/server/db";
import { dealMetricsWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";

/**
 * Deal metrics (lib/analytics/deal-metrics.ts) of the deals matching the owner and pipeline
 * filters: win rate, average deal size and sales cycle of the deals closed (`closedAt`, in a WON or
 * LOST stage) in [filters.from, filters.to); velocity from the deals open now. Values in minor
 * units of the base currency; `missingRates` names the currencies of won deals without an exchange
 * rate (left out of the average).
 */
export async function getDealMetrics(filters: MetricsFilters & { from: Date; to: Date }): Promise<DealMetrics & { missingRates: string[] }> {
  const db = getDb();
  const where = dealMetricsWhere(filters);
  const closedAt = { gte: filters.from, lt: filters.to };
  const [won, lost, open, rates] = await Promise.all([
    db.deal.findMany({ where: { ...where, closedAt, stage: { kind: "WON" } }, select: { value: true, currency: true, createdAt: true, closedAt: true } }),
    db.deal.count({ where: { ...where, closedAt, stage: { kind: "LOST" } } }),
    db.deal.count({ where: { ...where, stage: { kind: "OPEN" } } }),
    getExchangeRates(),
  ]);
  const missing = new Set<string>();
  const wonDeals = won.map((d) => {
    const baseValue = toBaseCurrency(d.value, d.currency, rates);
    if (baseValue === null) missing.add(d.currency);
    return { baseValue, createdAt: d.createdAt, closedAt: d.closedAt! };
  });
  return { ...dealMetrics({ won: wonDeals, lost, open }), missingRates: [...missing].sort() };
}
