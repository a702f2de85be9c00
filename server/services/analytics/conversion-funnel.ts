import "server-only";
import { conversionFunnel, type FunnelStep } from "@/lib/analytics/funnel";
import { keysIn } from "@/lib/leads/filter-keys";
import { getDb } from "@/server/db";
import { leadMetricsWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";

/**
 * The conversion funnel (lib/analytics/funnel.ts) of the leads created in [filters.from,
 * filters.to) that match the lead filters (owner, niche, source, status; converted leads included),
 * from their stage-change history: the stages a lead has been in are its current status and
 * `Lead.reachedStageKeys` (the `from` and `to` of every status change, so its initial status too),
 * and it counts at every step up to the furthest non-LOST one of them. The pipeline filter does not
 * apply (it is a deal filter).
 *
 * One grouped count by (status, reached stages), read from Lead_funnel_idx alone; the few distinct
 * groups are folded into the funnel here.
 * @param filters - `from` and `to` are required here (UTC instants).
 */
export async function getConversionFunnel(filters: MetricsFilters & { from: Date; to: Date }): Promise<FunnelStep[]> {
  const [stages, groups] = await Promise.all([
    listLeadStages(),
    getDb().lead.groupBy({
      by: ["stageId", "reachedStageKeys"],
      where: { ...leadMetricsWhere(filters), createdAt: { gte: filters.from, lt: filters.to } },
      _count: { _all: true },
    }),
  ]);
  if (!stages.length) return [];
  const stepPosition = new Map(stages.filter((s) => s.kind !== "LOST").map((s) => [s.id, s.position]));
  const furthest = new Map<number, number>();
  for (const group of groups) {
    const positions = [group.stageId, ...keysIn(group.reachedStageKeys)].map((id) => stepPosition.get(id)).filter((p) => p !== undefined);
    if (!positions.length) continue;
    const position = Math.max(...positions);
    furthest.set(position, (furthest.get(position) ?? 0) + group._count._all);
  }
  return conversionFunnel(stages, furthest);
}
