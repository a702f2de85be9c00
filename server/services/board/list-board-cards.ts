import type { BoardCard } from "@/lib/board/types";
import { BOARD_PAGE_SIZE, boardCursorSchema, boardQuerySchema } from "@/lib/validation/board";
import { recordIdSchema } from "@/lib/validation/common";
import { NotFoundError } from "@/server/errors";
import { parseOrThrow } from "@/server/services/parse";
import { z } from "zod";
import type { BoardViewer } from "./board-source";
import { boardPipeline } from "./board-pipeline";

const inputSchema = z.object({ ref: z.string(), stageId: recordIdSchema, after: boardCursorSchema, query: boardQuerySchema });

/**
 * The next BOARD_PAGE_SIZE cards of one column ("Show more"): those after the card `after`
 * (its position and id) in column order, with the board's filters.
 * @param input - { ref: "leads" or a pipeline id, stageId, after: { position, id }, query }.
 * @throws ValidationError for a malformed cursor, NotFoundError for an unknown pipeline or a stage not in it.
 */
export async function listBoardCards(viewer: BoardViewer, input: unknown, now = new Date()): Promise<BoardCard[]> {
  const { ref, stageId, after, query } = parseOrThrow(inputSchema, input);
  const pipeline = await boardPipeline(ref);
  const stage = pipeline.stages.find((s) => s.id === stageId);
  if (!stage) throw new NotFoundError("Stage");
  const [cards] = await pipeline.source(query, viewer, now).pages([{ stage, after }], BOARD_PAGE_SIZE);
  return cards;
}
