import type { BoardCard } from "@/lib/board/types";
import { boardMoveSchema } from "@/lib/validation/board";
import { moveDeal } from "@/server/services/deals/move-deal";
import { moveLeadCard } from "@/server/services/leads/move-lead-card";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import type { BoardViewer, ColumnSums } from "./board-source";
import { boardPipeline } from "./board-pipeline";

/** What the board needs after a move: fresh sums of every column, the moved card as it is now, and for a lead moved into Won, to offer its conversion. */
export type BoardMoveResult = { sums: Record<string, ColumnSums>; card: BoardCard | null; offerConversion: boolean };

/**
 * Moves a card on the board `ref` ("leads" or a pipeline id) with moveDeal or moveLeadCard, then
 * reads back the column sums (with the board's filters) and the moved card.
 * @param input - { ref, query (the board filters), cardId, stageId, beforeId, afterId, reason }.
 * @throws whatever moveDeal / moveLeadCard throw; ValidationError for malformed input; NotFoundError for an unknown board.
 */
export async function moveBoardCard(viewer: Actor & BoardViewer, input: unknown, now = new Date()): Promise<BoardMoveResult> {
  const { ref, query, cardId, ...move } = parseOrThrow(boardMoveSchema, input);
  const pipeline = await boardPipeline(ref);
  let offerConversion = false;
  if (pipeline.kind === "deal") await moveDeal(viewer, { dealId: cardId, ...move }, now);
  else ({ offerConversion } = await moveLeadCard(viewer, { leadId: cardId, ...move }, now));
  const source = pipeline.source(query, viewer, now);
  const stage = pipeline.stages.find((s) => s.id === move.stageId);
  const [sums, pages] = await Promise.all([source.sums(), stage ? source.pages([{ stage, id: cardId }], 1) : [[]]]);
  return { sums: Object.fromEntries(sums), card: pages[0][0] ?? null, offerConversion };
}
