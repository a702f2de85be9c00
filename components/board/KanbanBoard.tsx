"use client";

import { DragDropContext, type DropResult } from "@hello-pangea/dnd";
import Link from "next/link";
import { useCallback, useRef, useState } from "react";
import { moveBoardCardAction, showMoreBoardCardsAction } from "@/app/(app)/board/actions";
import { Button } from "@/components/ui/button";
import { appendCards, applyServerUpdate, findCard, moveCardOnBoard, neighboursAt, type CardSpot } from "@/lib/board/board-state";
import type { Board, BoardCard, BoardColumn } from "@/lib/board/types";
import type { BoardQuery } from "@/lib/validation/board";
import { KanbanColumn } from "./KanbanColumn";
import { ReasonDialog } from "./ReasonDialog";
import { useBoardDensity } from "./use-board-density";

type Move = { cardId: string; stageId: string; beforeId: string | null; afterId: string | null; reason?: string };
/** A drop into a won/lost column, waiting for its reason; `from` is where the card goes back on cancel. */
type PendingReason = { move: Move; from: CardSpot; title: string; stageName: string; outcome: "won" | "lost" };

/** The first field error of a refused action, else its message. */
const refusal = (result: { error: string; fieldErrors?: Record<string, string[]> }) =>
  result.fieldErrors && Object.keys(result.fieldErrors).length ? `${result.error}: ${Object.values(result.fieldErrors)[0][0]}` : result.error;

/**
 * A drag-and-drop Kanban board (@hello-pangea/dnd) of deals or leads. A drop shows at once; the
 * move is then saved by a server action — in order, one after another — whose answer brings the
 * column sums and the moved card up to date. When the server refuses, the card goes back and an
 * alert says why. Dropping a deal into a won/lost column (a lead into a lost one) first asks for
 * the reason; a lead dropped into Won offers its conversion.
 * @param boardRef - the board's path segment ("leads" or a pipeline id).
 * @param query - the board filters (the server reads sums and pages with them).
 */
export function KanbanBoard({ board, boardRef, query, userId }: { board: Board; boardRef: string; query: BoardQuery; userId: string }) {
  const [density] = useBoardDensity(userId);
  const [columns, setColumns] = useState<BoardColumn[]>(board.columns);
  // A new board from the server (filters changed, page refreshed) replaces the local one.
  const [shown, setShown] = useState(board);
  if (shown !== board) {
    setShown(board);
    setColumns(board.columns);
  }
  const [alert, setAlert] = useState<string | null>(null);
  const [converted, setConverted] = useState<{ id: string; title: string } | null>(null);
  const [pending, setPending] = useState<PendingReason | null>(null);
  const [loadingStage, setLoadingStage] = useState<string | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (move: Move, from: CardSpot, title: string) => {
      saving.current = saving.current.then(async () => {
        const putBack = (message: string) => {
          setColumns((current) => moveCardOnBoard(current, move.cardId, from));
          setAlert(`“${title}” was not moved. ${message}`);
        };
        try {
          const result = await moveBoardCardAction({ ref: boardRef, query, ...move });
          if (!result.ok) return putBack(refusal(result));
          setColumns((current) => applyServerUpdate(current, result.data.sums, result.data.card));
          if (result.data.offerConversion) setConverted({ id: move.cardId, title });
        } catch {
          putBack("The server could not be reached; try again.");
        }
      });
    },
    [boardRef, query],
  );

  const onDragEnd = useCallback(
    ({ draggableId, source, destination }: DropResult) => {
      if (!destination || (destination.droppableId === source.droppableId && destination.index === source.index)) return;
      const found = findCard(columns, draggableId);
      const target = columns.find((c) => c.stage.id === destination.droppableId);
      if (!found || !target) return;
      const from: CardSpot = { stageId: source.droppableId, index: source.index };
      const next = moveCardOnBoard(columns, draggableId, { stageId: destination.droppableId, index: destination.index });
      const move: Move = {
        cardId: draggableId,
        stageId: destination.droppableId,
        ...neighboursAt(next.find((c) => c.stage.id === destination.droppableId)!, destination.index, draggableId),
      };
      setColumns(next);
      setAlert(null);
      setConverted(null);
      const kind = target.stage.kind;
      const changesStage = source.droppableId !== destination.droppableId;
      const asksReason = changesStage && (kind === "LOST" || (kind === "WON" && board.kind === "deal"));
      if (asksReason) setPending({ move, from, title: found.card.title, stageName: target.stage.name, outcome: kind === "WON" ? "won" : "lost" });
      else save(move, from, found.card.title);
    },
    [columns, board.kind, save],
  );

  const showMore = useCallback(
    async (stageId: string, last: BoardCard) => {
      setLoadingStage(stageId);
      try {
        const result = await showMoreBoardCardsAction({ ref: boardRef, stageId, after: { position: last.position, id: last.id }, query });
        if (result.ok) setColumns((current) => appendCards(current, stageId, result.data));
        else setAlert(result.error);
      } finally {
        setLoadingStage(null);
      }
    },
    [boardRef, query],
  );

  return (
    <div>
      <div aria-live="polite" className="empty:hidden">
        {alert ? (
          <div role="alert" className="mb-3 flex items-start justify-between gap-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <span>{alert}</span>
            <Button variant="ghost" size="sm" className="h-6" onClick={() => setAlert(null)}>
              Dismiss
            </Button>
          </div>
        ) : null}
        {converted ? (
          <div role="status" className="mb-3 flex flex-wrap items-center gap-3 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
            <span>“{converted.title}” is won. Convert it into a company, contact and deal?</span>
            <Link href={`/leads/${converted.id}/convert`} className="font-medium text-brand-700 underline">
              Convert lead
            </Link>
            <Button variant="ghost" size="sm" className="ml-auto h-6" onClick={() => setConverted(null)}>
              Not now
            </Button>
          </div>
        ) : null}
      </div>
      <DragDropContext onDragEnd={onDragEnd}>
        <div className="-mx-4 flex items-start gap-3 overflow-x-auto px-4 pb-4 sm:-mx-6 sm:px-6" data-testid="kanban-board">
          {columns.map((column) => (
            <KanbanColumn key={column.stage.id} column={column} kind={board.kind} density={density} loading={loadingStage === column.stage.id} onShowMore={showMore} />
          ))}
        </div>
      </DragDropContext>
      {pending ? (
        <ReasonDialog
          title={pending.title}
          stageName={pending.stageName}
          outcome={pending.outcome}
          onConfirm={(reason) => {
            setPending(null);
            save({ ...pending.move, reason }, pending.from, pending.title);
          }}
          onCancel={() => {
            setPending(null);
            setColumns((current) => moveCardOnBoard(current, pending.move.cardId, pending.from));
          }}
        />
      ) : null}
    </div>
  );
}
