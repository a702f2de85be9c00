import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/**
 * Order of cards within a board column (a stage). Each card has a position key from
 * fractional-indexing (base-62 text such as "a0", "a0V", "Zz"); a column is ordered by
 * (position, id), both compared byte by byte (SQLite BINARY, PostgreSQL COLLATE "C"). A move
 * writes the moved card's key only — except when it lands between two cards with equal keys
 * (see planPlacement) — so no column is ever renumbered as a whole.
 */

/** A card's place in its column. */
export type Placed = { id: string; position: string };

/** The key of a card nobody has placed yet (the column default). */
export const FIRST_POSITION = "a0";

/** Compares two cards in column order: position, then id, byte-wise (keys and ids are ASCII). */
export function comparePlaced(a: Placed, b: Placed): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * Read access to one column, in (position, id) order, as it is without the card being moved.
 * server/services/board/column-store.ts implements it on the database; tests on an array.
 */
export type ColumnReader = {
  /** The card with this id if it is in the column (else null: a stale neighbour). */
  find(id: string): Promise<Placed | null>;
  /** The first card of the column, or null when it is empty. */
  first(): Promise<Placed | null>;
  /** The card directly below `card`, or null at the bottom. */
  next(card: Placed): Promise<Placed | null>;
  /** The card directly above `card`, or null at the top. */
  previous(card: Placed): Promise<Placed | null>;
  /** The cards whose position equals `card.position` from the first of them down to `card`, in order. */
  tiedUpTo(card: Placed): Promise<Placed[]>;
  /** The greatest position in the column that is smaller than `position`, or null. */
  positionBefore(position: string): Promise<string | null>;
};

/** Where a dropped card goes: its new key, and the cards above it that needed new keys. */
export type Placement = { position: string; rekeyed: Placed[] };

/**
 * The key for a card dropped between the cards `above` and `below` (either null at an end of
 * the column). Equal keys cannot be split by a key alone, so then the run of cards that share
 * `above`'s key, from the first of them down to `above`, gets fresh keys between the previous
 * distinct key and `below`'s, and the dropped card the last one of those — it lands exactly
 * between `above` and `below` while every other card keeps its place. The re-keyed run is
 * bounded by the cards above the drop point, never the whole column.
 * @param tiedRun - when `above.position === below.position`: reader.tiedUpTo(above).
 * @param keyBeforeRun - when tied: reader.positionBefore(above.position).
 */
export function placeBetween(
  above: Placed | null,
  below: Placed | null,
  tiedRun: readonly Placed[] = [],
  keyBeforeRun: string | null = null,
): Placement {
  if (!above || !below || above.position < below.position) {
    return { position: generateKeyBetween(above?.position ?? null, below?.position ?? null), rekeyed: [] };
  }
  if (above.position > below.position) throw new RangeError(`Cards out of order: ${above.position} > ${below.position}`);
  const keys = generateNKeysBetween(keyBeforeRun, below.position, tiedRun.length + 1);
  return {
    position: keys[tiedRun.length],
    rekeyed: tiedRun.map((card, i) => ({ id: card.id, position: keys[i] })),
  };
}

/**
 * Decides where a card dropped into a column goes, from the neighbours the user saw:
 * `beforeId` the card directly above the drop point, `afterId` the card directly below it.
 * A neighbour that is no longer in the column (a stale view) is ignored: the card goes directly
 * below `beforeId` if it is still there, else directly above `afterId`, else to the top. The
 * column's current order decides the other neighbour, so a card placed by someone else in the
 * meantime never ends up out of order.
 * @param column - the target column without the moved card.
 */
export async function planPlacement(column: ColumnReader, { beforeId, afterId }: { beforeId?: string | null; afterId?: string | null }): Promise<Placement> {
  const before = beforeId ? await column.find(beforeId) : null;
  let above: Placed | null;
  let below: Placed | null;
  if (before) {
    above = before;
    below = await column.next(before);
  } else {
    const after = afterId ? await column.find(afterId) : null;
    below = after ?? (await column.first());
    above = after ? await column.previous(after) : null;
  }
  if (above && below && above.position === below.position) {
    const [run, keyBeforeRun] = await Promise.all([column.tiedUpTo(above), column.positionBefore(above.position)]);
    return placeBetween(above, below, run, keyBeforeRun);
  }
  return placeBetween(above, below);
}
