import { z } from "zod";
import { optionalId, optionalText, recordIdSchema } from "./common";
import { filterText, listSearchOf } from "./list-query";

/** A close reason (why a deal was won or lost, why a lead was lost): at most 500 characters. */
const reason = optionalText(500);

/**
 * A card dropped on a board: the stage (column) it was dropped into and the cards the user saw
 * directly above (`beforeId`, null: the top) and below (`afterId`) the drop point.
 */
const boardMoveFields = {
  stageId: recordIdSchema,
  beforeId: optionalId,
  afterId: optionalId,
  reason,
};

/** Input of moveDeal (server/services/deals/move-deal.ts). */
export const moveDealSchema = z.object({ dealId: recordIdSchema, ...boardMoveFields });
export type MoveDealInput = z.input<typeof moveDealSchema>;

/** Input of moveLeadCard (server/services/leads/move-lead-card.ts). */
export const moveLeadCardSchema = z.object({ leadId: recordIdSchema, ...boardMoveFields });
export type MoveLeadCardInput = z.input<typeof moveLeadCardSchema>;

/** Cards a board column shows at first and per "Show more". */
export const BOARD_PAGE_SIZE = 50;

/**
 * A board's filters as held in the URL (the pipeline is the path). Malformed values fall back
 * to no filter, so an edited bookmark still opens.
 */
export const boardQuerySchema = z.object({
  owner: filterText, // a user id, "me" or "none"
  tag: filterText,
  q: filterText,
});
export type BoardQuery = z.output<typeof boardQuerySchema>;

/** Parses URL search params (as Next passes them to a page) into a BoardQuery. */
export function parseBoardQuery(params: Record<string, string | string[] | undefined>): BoardQuery {
  return boardQuerySchema.parse(params);
}

/** The URL search string of a board's filters ("?owner=me&q=acme" or ""). */
export const boardSearch = listSearchOf(boardQuerySchema);

/** Where "Show more" continues a column: after the card at (position, id). */
export const boardCursorSchema = z.object({ position: z.string().min(1).max(200).regex(/^[0-9A-Za-z]+$/), id: recordIdSchema });

/** A card moved on a board page (server/services/board/move-board-card.ts): the board, its filters and the move. */
export const boardMoveSchema = z.object({
  ref: z.string().max(64),
  query: boardQuerySchema,
  cardId: recordIdSchema,
  ...boardMoveFields,
});
export type BoardMoveInput = z.input<typeof boardMoveSchema>;
