"use server";

import type { BoardMoveInput } from "@/lib/validation/board";
import { runAction } from "@/server/action";
import { listBoardCards } from "@/server/services/board/list-board-cards";
import { moveBoardCard } from "@/server/services/board/move-board-card";

// No revalidatePath here: the board applies the move itself (optimistically, then with the
// sums and card this returns), and re-rendering the whole board after every drop would cost
// more than the move. The other pages that show deals and leads are rendered per request.

/** A card dropped on a board (deal or lead): moves it and returns the fresh column sums and card. */
export async function moveBoardCardAction(input: BoardMoveInput) {
  return runAction((user) => moveBoardCard(user, input));
}

/** "Show more" in a column: the next page of its cards. */
export async function showMoreBoardCardsAction(input: { ref: string; stageId: string; after: { position: string; id: string }; query: unknown }) {
  return runAction((user) => listBoardCards(user, input));
}
