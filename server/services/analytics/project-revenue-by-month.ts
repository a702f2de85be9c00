import "server-only";
import { rangeMonths } from "@/lib/analytics/range-months";
import { toBaseCurrency } from "@/lib/revenue/exchange";
import { getDb } from "@/server/db";
import { revenueCompanyWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";

/** One month of project revenue: paid projects and their amount in minor units of the base currency. */
export type ProjectRevenueMonth = { key: string; label: string; projects: number; revenue: number };

/**
 * Project (one-off) revenue per calendar month in `filters.timeZone`: projects PAID with `paidAt` in
 * [filters.from, filters.to), by the month of `paidAt`, over the months the range touches
 * (lib/analytics/range-months.ts). Amounts converted to the base currency (minor units, each month
 * rounded once); projects in a currency without an exchange rate are counted but their amount is
 * left out, and `missingRates` names those currencies. Revenue filters apply as elsewhere
 * (revenueCompanyWhere: companies not deleted, owned by the owner); lead and deal filters do not.
 */
export async function projectRevenueByMonth(filters: MetricsFilters & { from: Date; to: Date }): Promise<{ base: string; months: ProjectRevenueMonth[]; missingRates: string[] }> {
  const months = rangeMonths(filters.from, filters.to, filters.timeZone);
  const [projects, rates] = await Promise.all([
    getDb().project.findMany({
      where: { status: "PAID", paidAt: { gte: filters.from, lt: filters.to }, company: revenueCompanyWhere(filters) },
      select: { paidAt: true, amount: true, currency: true },
    }),
    getExchangeRates(),
  ]);
  const rows = months.map((m) => ({ key: m.key, label: m.label, projects: 0, revenue: 0 }));
  const missing = new Set<string>();
  for (const project of projects) {
    const i = months.findIndex((m) => project.paidAt! >= m.start && project.paidAt! < m.end);
    if (i < 0) continue;
    rows[i].projects++;
    const amount = toBaseCurrency(project.amount, project.currency, rates);
    if (amount === null) missing.add(project.currency);
    else rows[i].revenue += amount;
  }
  return { base: rates.base, months: rows.map((r) => ({ ...r, revenue: Math.round(r.revenue) })), missingRates: [...missing].sort() };
}
