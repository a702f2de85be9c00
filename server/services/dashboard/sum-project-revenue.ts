import "server-only";
import { monthPeriod } from "@/lib/periods";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import { getDb } from "@/server/db";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { revenueCompanyWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * Project revenue this month (in `filters.timeZone`): projects PAID with `paidAt` in the month, how
 * many and their amount in minor units of the base currency (`missingRates`: currencies left out
 * for want of an exchange rate). With an owner, projects of companies they own.
 */
export async function sumProjectRevenue(filters: MetricsFilters): Promise<{ base: string; count: number; total: number; missingRates: string[] }> {
  const { start, end } = monthPeriod(filters.now, filters.timeZone);
  const [groups, rates] = await Promise.all([
    getDb().project.groupBy({ by: ["currency"], where: { status: "PAID", paidAt: { gte: start, lt: end }, company: revenueCompanyWhere(filters) }, _count: { _all: true }, _sum: { amount: true } }),
    getExchangeRates(),
  ]);
  const { total, missingRates } = sumInBase(groups.map((g) => ({ currency: g.currency, amount: Number(g._sum.amount ?? 0) })), rates);
  return { base: rates.base, count: groups.reduce((n, g) => n + g._count._all, 0), total, missingRates };
}
