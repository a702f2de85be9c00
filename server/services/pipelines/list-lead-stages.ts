import { getDb } from "@/server/db";
import type { StageKind } from "@/lib/enums";

export type StageSummary = { id: string; name: string; kind: StageKind; color: string; position: number; probability: number };

/** The stages of the default lead pipeline (the lead statuses), in order. */
export async function listLeadStages(): Promise<StageSummary[]> {
  return getDb().stage.findMany({
    where: { pipeline: { kind: "LEAD", isDefault: true } },
    orderBy: { position: "asc" },
    select: { id: true, name: true, kind: true, color: true, position: true, probability: true },
  });
}
