import "server-only";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import type { MetricsFilters } from "@/server/services/metrics/metrics-filters";
import type { OpenDealGroup } from "./group-open-deals";
import { sumQuotedProjects } from "./sum-quoted-projects";

/**
 * Potential revenue: the weighted value of open deals (from groupOpenDeals) plus the amount of
 * quoted projects (of the owner's companies under `filters`), in minor units of the base currency
 * of `rates`; `missingRates` names currencies left out for want of a rate.
 */
export async function sumPotentialRevenue(
  filters: MetricsFilters,
  openDeals: OpenDealGroup[],
  rates: ExchangeRates,
): Promise<{ weightedDeals: number; quotedProjects: number; total: number; missingRates: string[] }> {
  const quoted = await sumQuotedProjects(filters, rates);
  const weighted = sumInBase(openDeals.map((g) => ({ currency: g.currency, amount: g.weightedValue })), rates);
  const missingRates = [...new Set([...weighted.missingRates, ...quoted.missingRates])].sort();
  return { weightedDeals: weighted.total, quotedProjects: quoted.total, total: weighted.total + quoted.total, missingRates };
}
