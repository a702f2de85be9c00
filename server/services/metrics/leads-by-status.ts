import "server-only";
import { getDb } from "@/server/db";
import { leadMetricsWhere, type MetricsFilters } from "./metrics-filters";

/** A lead status (a stage of the default lead pipeline) and how many open leads it holds. */
export type LeadStatusCount = { stageId: string; name: string; color: string; count: number };

/**
 * Open (not converted) leads per status of the default lead pipeline, in pipeline order, every
 * status listed even when empty. Owner, niche, source and status filters apply; with
 * `filters.from`/`to`, only leads created in that range.
 */
export async function leadsByStatus(filters: MetricsFilters): Promise<LeadStatusCount[]> {
  const db = getDb();
  const created = filters.from || filters.to ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {};
  const stages = await db.stage.findMany({ where: { pipeline: { kind: "LEAD", isDefault: true } }, orderBy: { position: "asc" }, select: { id: true, name: true, color: true } });
  // Naming the stages lets SQLite count through the (stageId, convertedAt) index, a stage at a
  // time, instead of grouping every open lead in a temporary tree (100,000 leads: 28 → 11 ms); a
  // status filter (in leadMetricsWhere) replaces the list.
  const counts = await db.lead.groupBy({ by: ["stageId"], where: { stageId: { in: stages.map((s) => s.id) }, ...leadMetricsWhere(filters), ...created, convertedAt: null }, _count: { _all: true } });
  const countByStage = new Map(counts.map((c) => [c.stageId, c._count._all]));
  return stages.map((s) => ({ stageId: s.id, name: s.name, color: s.color, count: countByStage.get(s.id) ?? 0 }));
}
