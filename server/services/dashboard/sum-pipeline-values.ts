import "server-only";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import { listDealPipelines } from "@/server/services/pipelines/list-deal-pipelines";
import type { OpenDealGroup } from "./group-open-deals";

/** One deal pipeline's open deals: how many, their value and weighted value in minor units of the base currency. */
export type PipelineValue = { pipelineId: string; name: string; count: number; value: number; weightedValue: number };

/**
 * The open deals of every deal pipeline (from groupOpenDeals), in the editor's order, their value
 * and weighted value converted to the base currency of `rates`; `missingRates` names currencies
 * left out for want of a rate.
 */
export async function sumPipelineValues(openDeals: OpenDealGroup[], rates: ExchangeRates): Promise<{ pipelines: PipelineValue[]; missingRates: string[] }> {
  const pipelines = await listDealPipelines();
  const missing = new Set<string>();
  const rows = pipelines.map((p) => {
    const mine = openDeals.filter((g) => g.pipelineId === p.id);
    const value = sumInBase(mine.map((g) => ({ currency: g.currency, amount: g.value })), rates);
    const weighted = sumInBase(mine.map((g) => ({ currency: g.currency, amount: g.weightedValue })), rates);
    for (const c of value.missingRates) missing.add(c);
    return { pipelineId: p.id, name: p.name, count: mine.reduce((n, g) => n + g.count, 0), value: value.total, weightedValue: weighted.total };
  });
  return { pipelines: rows, missingRates: [...missing].sort() };
}
