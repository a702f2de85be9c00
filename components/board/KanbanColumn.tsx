"use client";

import { Draggable, Droppable } from "@hello-pangea/dnd";
import { memo } from "react";
import { LogOutreachButton } from "@/components/outreach/LogOutreachButton";
import { OneClickOutreach } from "@/components/outreach/OneClickOutreach";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import type { BoardCard, BoardColumn, BoardKind } from "@/lib/board/types";
import { BoardCardView } from "./BoardCardView";
import type { BoardDensity } from "./use-board-density";

/**
 * One draggable card: the card face is the drag handle (mouse, touch, or keyboard: focus it,
 * Space to lift, arrows to move, Space to drop); the "log outreach" button (and, on lead cards,
 * the one-click outreach buttons in a footer) sit beside the handle so that clicks and their
 * dialogs never start a drag. Memoised: it re-renders when its card, its
 * index or the density changes, not when another card moves.
 */
const DraggableCard = memo(function DraggableCard({ card, index, kind, density }: { card: BoardCard; index: number; kind: BoardKind; density: BoardDensity }) {
  return (
    <Draggable draggableId={card.id} index={index} isDragDisabled={!card.editable}>
      {(provided, snapshot) => (
        <div
          ref={provided.innerRef}
          {...provided.draggableProps}
          role="listitem"
          className={cn(
            "relative rounded-md border bg-white shadow-xs",
            card.rotting ? "border-red-300 border-l-4 border-l-red-500" : "border-slate-200",
            density === "compact" ? "mb-1.5" : "mb-2",
            snapshot.isDragging && "shadow-lg ring-2 ring-brand-500/40",
          )}
          data-testid="board-card"
        >
          <div
            {...provided.dragHandleProps}
            aria-label={`${card.title}${card.editable ? "" : " (you cannot move this card)"}`}
            className={cn("rounded-md focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500", kind === "deal" && "pr-7")}
          >
            <BoardCardView card={card} density={density} />
          </div>
          {kind === "deal" ? (
            <div className={cn("absolute right-0.5", density === "compact" ? "top-0.5" : "bottom-1")}>
              <LogOutreachButton compact name={card.title} dealId={card.id} />
            </div>
          ) : (
            // Lead cards: one-click outreach on every channel, in a footer outside the drag handle.
            <div className="flex items-center justify-end border-t border-slate-100 px-0.5" data-testid="board-card-outreach">
              <LogOutreachButton compact name={card.title} leadId={card.id} />
              <OneClickOutreach compact record={{ leadId: card.id }} name={card.title} />
            </div>
          )}
        </div>
      )}
    </Draggable>
  );
});

/** The cards of a column; memoised so that the column's drag-over highlight does not re-render them. */
const CardList = memo(function CardList({ cards, kind, density }: { cards: BoardCard[]; kind: BoardKind; density: BoardDensity }) {
  return cards.map((card, index) => <DraggableCard key={card.id} card={card} index={index} kind={kind} density={density} />);
});

/**
 * A board column: the stage's colour and name, how many cards match the filters with their total
 * (and, for deals, weighted) value, one line per currency, the cards shown so far, and "Show more" while the column holds
 * more than it shows.
 */
export const KanbanColumn = memo(function KanbanColumn({
  column,
  kind,
  density,
  loading,
  onShowMore,
}: {
  column: BoardColumn;
  kind: BoardKind;
  density: BoardDensity;
  loading: boolean;
  /** Loads the cards after `last` (the column's last card shown). */
  onShowMore: (stageId: string, last: BoardCard) => void;
}) {
  const { stage, count, totals, cards } = column;
  const headingId = `board-column-${stage.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={cn("flex shrink-0 flex-col rounded-lg border border-slate-200 bg-slate-100/70", density === "compact" ? "w-60" : "w-72")}
      data-testid="board-column"
      data-stage-name={stage.name}
    >
      <header className="rounded-t-lg border-t-4 bg-white/60 px-3 py-2" style={{ borderTopColor: stage.color }}>
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="flex min-w-0 items-center gap-1.5 text-sm font-semibold text-slate-800">
            <span className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: stage.color }} aria-hidden />
            <span className="truncate">{stage.name}</span>
          </h2>
          <span className="rounded-full bg-slate-200 px-2 text-xs font-medium text-slate-700" aria-label={`${count} ${count === 1 ? "card" : "cards"}`} data-testid="column-count">
            {count.toLocaleString("en")}
          </span>
        </div>
        <div className="mt-0.5 text-xs text-slate-600" data-testid="column-total">
          {totals.length
            ? totals.map((t) => (
                <p key={t.currency} className="truncate">
                  {formatMoney(t.value, t.currency)}
                  {kind === "deal" ? <span className="text-slate-500"> · weighted {formatMoney(t.weighted ?? 0, t.currency)}</span> : null}
                </p>
              ))
            : "—"}
        </div>
      </header>
      <Droppable droppableId={stage.id}>
        {(provided, snapshot) => (
          <div
            ref={provided.innerRef}
            {...provided.droppableProps}
            role="list"
            aria-label={`${stage.name} cards`}
            className={cn("min-h-24 flex-1 p-2 transition-colors", snapshot.isDraggingOver && "bg-brand-50")}
          >
            {cards.length === 0 && !snapshot.isDraggingOver ? <p className="py-4 text-center text-xs text-slate-400">No {kind === "deal" ? "deals" : "leads"}</p> : null}
            <CardList cards={cards} kind={kind} density={density} />
            {provided.placeholder}
          </div>
        )}
      </Droppable>
      {cards.length > 0 && cards.length < count ? (
        <div className="px-2 pb-2">
          <Button variant="ghost" size="sm" className="w-full" disabled={loading} onClick={() => onShowMore(stage.id, cards[cards.length - 1])}>
            {loading ? "Loading…" : `Show more (${(count - cards.length).toLocaleString("en")} not shown)`}
          </Button>
        </div>
      ) : null}
    </section>
  );
});
