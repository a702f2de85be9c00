import type { BoardKind } from "@/lib/board/types";
import { getDb } from "@/server/db";
import { LEAD_BOARD_REF } from "./board-pipeline";

/** A board the pipeline switcher offers: its name and its path segment (/board/<ref>). */
export type BoardChoice = { ref: string; name: string; kind: BoardKind };

/** The deal pipelines in their order, then the lead board (named as the default lead pipeline). */
export async function listBoardPipelines(): Promise<BoardChoice[]> {
  const pipelines = await getDb().pipeline.findMany({
    where: { OR: [{ kind: "DEAL" }, { kind: "LEAD", isDefault: true }] },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
  const deals = pipelines.filter((p) => p.kind === "DEAL").map((p) => ({ ref: p.id, name: p.name, kind: "deal" as const }));
  const leads = pipelines.filter((p) => p.kind === "LEAD").map((p) => ({ ref: LEAD_BOARD_REF, name: p.name, kind: "lead" as const }));
  return [...deals, ...leads];
}
