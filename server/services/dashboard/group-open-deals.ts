import "server-only";
import { getDb } from "@/server/db";
import { openDealStageIds } from "@/server/services/metrics/open-deal-stage-ids";
import { dealMetricsWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/** Open deals of one pipeline in one currency: how many, their value and weighted value (minor units of `currency`). */
export type OpenDealGroup = { pipelineId: string; currency: string; count: number; value: number; weightedValue: number };

/**
 * Open deals (in an OPEN stage) grouped by pipeline and currency, unconverted: what pipeline value
 * and potential revenue are made of, read once for both. Owner and pipeline filters apply.
 */
export async function groupOpenDeals(filters: MetricsFilters): Promise<OpenDealGroup[]> {
  const groups = await getDb().deal.groupBy({
    by: ["pipelineId", "currency"],
    where: { ...dealMetricsWhere(filters), stageId: { in: await openDealStageIds() } },
    _count: { _all: true },
    _sum: { value: true, weightedValue: true },
  });
  return groups.map((g) => ({ pipelineId: g.pipelineId, currency: g.currency, count: g._count._all, value: Number(g._sum.value ?? 0), weightedValue: Number(g._sum.weightedValue ?? 0) }));
}
