import "server-only";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import { getDb } from "@/server/db";
import { revenueCompanyWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * Quotes pending: projects in status QUOTED, how many and their amount in minor units of the base
 * currency of `rates` (`missingRates`: currencies left out for want of a rate). With an owner,
 * projects of companies they own. Served by the Project [status, paymentDueAt] index.
 */
export async function sumQuotedProjects(filters: MetricsFilters, rates: ExchangeRates): Promise<{ count: number; total: number; missingRates: string[] }> {
  const groups = await getDb().project.groupBy({ by: ["currency"], where: { status: "QUOTED", company: revenueCompanyWhere(filters) }, _count: { _all: true }, _sum: { amount: true } });
  const { total, missingRates } = sumInBase(groups.map((g) => ({ currency: g.currency, amount: Number(g._sum.amount ?? 0) })), rates);
  return { count: groups.reduce((n, g) => n + g._count._all, 0), total, missingRates };
}
