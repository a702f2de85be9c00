import type { BoardCard, BoardColumn, BoardTotal } from "./types";

/** Where a card is on the board the browser shows. */
export type CardSpot = { stageId: string; index: number };

/** The cards the user sees directly above and below `index` of a column (what moveDeal's beforeId/afterId mean). */
export function neighboursAt(column: BoardColumn, index: number, cardId: string): { beforeId: string | null; afterId: string | null } {
  const others = column.cards.filter((c) => c.id !== cardId);
  return { beforeId: others[index - 1]?.id ?? null, afterId: others[index]?.id ?? null };
}

/** Where card `cardId` is, or null. */
export function findCard(columns: readonly BoardColumn[], cardId: string): (CardSpot & { card: BoardCard }) | null {
  for (const column of columns) {
    const index = column.cards.findIndex((c) => c.id === cardId);
    if (index >= 0) return { stageId: column.stage.id, index, card: column.cards[index] };
  }
  return null;
}

/** `totals` with `sign` × the card's value and weighted value added in its currency (empty currencies dropped; in code order, as the server sends them). */
function addCard(totals: readonly BoardTotal[], card: BoardCard, sign: 1 | -1): BoardTotal[] {
  if (card.value === null) return [...totals];
  const current = totals.find((t) => t.currency === card.currency) ?? { currency: card.currency, value: 0, weighted: card.weighted === null ? null : 0 };
  const next = {
    ...current,
    value: current.value + sign * card.value,
    weighted: current.weighted === null || card.weighted === null ? current.weighted : current.weighted + sign * card.weighted,
  };
  return [...totals.filter((t) => t.currency !== card.currency), next]
    .filter((t) => t.value !== 0 || t.weighted)
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * The board after moving card `cardId` to `to` (an index among the target column's other cards),
 * as shown at once while the server works: counts and totals follow the card (the server's answer
 * then replaces them, weighted values included). Columns that do not change keep their identity,
 * so their cards do not re-render.
 */
export function moveCardOnBoard(columns: readonly BoardColumn[], cardId: string, to: CardSpot): BoardColumn[] {
  const from = findCard(columns, cardId);
  if (!from) return [...columns];
  const sameColumn = from.stageId === to.stageId;
  return columns.map((column) => {
    const isSource = column.stage.id === from.stageId;
    const isTarget = column.stage.id === to.stageId;
    if (!isSource && !isTarget) return column;
    const cards = column.cards.filter((c) => c.id !== cardId);
    if (isTarget) cards.splice(Math.min(to.index, cards.length), 0, from.card);
    if (sameColumn) return { ...column, cards };
    return isSource
      ? { ...column, cards, count: column.count - 1, totals: addCard(column.totals, from.card, -1) }
      : { ...column, cards, count: column.count + 1, totals: addCard(column.totals, from.card, 1) };
  });
}

/** The board with the server's sums (stage id → count and totals; a missing stage has none) and its fresh copy of one card. */
export function applyServerUpdate(
  columns: readonly BoardColumn[],
  sums: Record<string, Pick<BoardColumn, "count" | "totals">>,
  card: BoardCard | null,
): BoardColumn[] {
  return columns.map((column) => {
    const fresh = sums[column.stage.id] ?? { count: 0, totals: [] };
    const index = card ? column.cards.findIndex((c) => c.id === card.id) : -1;
    const sameSums = fresh.count === column.count && JSON.stringify(fresh.totals) === JSON.stringify(column.totals);
    if (sameSums && index < 0) return column;
    const cards = index < 0 ? column.cards : column.cards.map((c, i) => (i === index ? card! : c));
    return { ...column, ...fresh, cards };
  });
}

/** The board with `cards` ("Show more") appended to column `stageId`, skipping any it already shows. */
export function appendCards(columns: readonly BoardColumn[], stageId: string, cards: readonly BoardCard[]): BoardColumn[] {
  return columns.map((column) => {
    if (column.stage.id !== stageId) return column;
    const shown = new Set(column.cards.map((c) => c.id));
    return { ...column, cards: [...column.cards, ...cards.filter((c) => !shown.has(c.id))] };
  });
}
