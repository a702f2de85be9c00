import type { StageKind } from "@/lib/enums";
import { getDb } from "@/server/db";

export type DealStageOption = { id: string; name: string; kind: StageKind; color: string; probability: number };
export type DealPipelineOption = { id: string; name: string; isDefault: boolean; stages: DealStageOption[] };

/** The deal pipelines in the editor's order (the default one first among equals), each with its stages in order. */
export async function listDealPipelines(): Promise<DealPipelineOption[]> {
  return getDb().pipeline.findMany({
    where: { kind: "DEAL" },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      isDefault: true,
      stages: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, kind: true, color: true, probability: true } },
    },
  });
}
