import type { StageKind } from "@/lib/enums";
import { getDb } from "@/server/db";

export type EditorStage = {
  id: string;
  name: string;
  color: string;
  probability: number;
  kind: StageKind;
  rottingDays: number | null;
  position: number;
  /** Deals in the stage (leads, for the lead pipeline's stages): removing it moves them first. */
  records: number;
};

export type EditorPipeline = { id: string; name: string; kind: "LEAD" | "DEAL"; isDefault: boolean; stages: EditorStage[] };

/**
 * Every pipeline for the pipeline editor: the lead pipeline first, then the deal pipelines in
 * their order, each with its stages in order and how many deals (or leads) each stage holds.
 */
export async function listPipelinesForEditor(): Promise<EditorPipeline[]> {
  const db = getDb();
  const [pipelines, dealCounts, leadCounts] = await Promise.all([
    db.pipeline.findMany({
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        name: true,
        kind: true,
        isDefault: true,
        stages: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true, name: true, color: true, probability: true, kind: true, rottingDays: true, position: true },
        },
      },
    }),
    db.deal.groupBy({ by: ["stageId"], _count: { _all: true } }),
    db.lead.groupBy({ by: ["stageId"], _count: { _all: true } }),
  ]);
  const counts = new Map([...dealCounts, ...leadCounts].map((c) => [c.stageId, c._count._all]));
  // Enums sort by text on SQLite but by declaration order on PostgreSQL; the lead pipeline goes first either way.
  return pipelines
    .map((p) => ({ ...p, stages: p.stages.map((s) => ({ ...s, records: counts.get(s.id) ?? 0 })) }))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "LEAD" ? -1 : 1));
}
