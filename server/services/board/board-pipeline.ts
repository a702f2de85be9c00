import type { BoardKind, BoardStage } from "@/lib/board/types";
import type { BoardQuery } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import type { BoardSource, BoardViewer } from "./board-source";
import { dealBoardSource } from "./deal-board-source";
import { leadBoardSource } from "./lead-board-source";

/** The path segment of the lead board: /board/leads. */
export const LEAD_BOARD_REF = "leads";

/** A board's pipeline with its stages in order, and how to read its cards. */
export type BoardPipeline = { id: string; name: string; kind: BoardKind; stages: BoardStage[]; source: (query: BoardQuery, viewer: BoardViewer, now: Date) => BoardSource };

/**
 * The pipeline a board URL names: "leads" (the default lead pipeline) or a pipeline id (a deal
 * pipeline, or a lead pipeline, whose board is the lead board).
 * @throws NotFoundError for anything else.
 */
export async function boardPipeline(ref: string): Promise<BoardPipeline> {
  const id = ref === LEAD_BOARD_REF ? await ensureLeadPipeline() : ref;
  assertRecordId(id, "Pipeline");
  const pipeline = await getDb().pipeline.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true, color: true, kind: true, rottingDays: true } },
    },
  });
  if (!pipeline) throw new NotFoundError("Pipeline");
  const kind: BoardKind = pipeline.kind === "DEAL" ? "deal" : "lead";
  return {
    ...pipeline,
    kind,
    source: (query, viewer, now) => (kind === "deal" ? dealBoardSource(pipeline.id, query, viewer, now) : leadBoardSource(query, viewer, now)),
  };
}
