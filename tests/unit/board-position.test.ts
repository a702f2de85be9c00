import { describe, expect, it } from "vitest";
import { FIRST_POSITION, comparePlaced, placeBetween, planPlacement, type ColumnReader, type Placed } from "@/lib/board/position";

/** A column held in memory, read the way server/services/board/column-store.ts reads the database. */
function arrayReader(cards: readonly Placed[]): ColumnReader {
  const sorted = [...cards].sort(comparePlaced);
  const at = (card: Placed) => sorted.findIndex((c) => c.id === card.id);
  return {
    find: async (id) => sorted.find((c) => c.id === id) ?? null,
    first: async () => sorted[0] ?? null,
    next: async (card) => sorted[at(card) + 1] ?? null,
    previous: async (card) => sorted[at(card) - 1] ?? null,
    tiedUpTo: async (card) => sorted.filter((c) => c.position === card.position && c.id <= card.id),
    positionBefore: async (position) => sorted.filter((c) => c.position < position).at(-1)?.position ?? null,
  };
}

/**
 * Moves `id` into `column` so that it shows at `index` of the column without it (as a board
 * does: beforeId/afterId are the cards the user saw around the drop point), applying the planned
 * keys. Returns the new column, ordered, and how many other cards got new keys.
 */
async function drop(column: readonly Placed[], id: string, index: number): Promise<{ column: Placed[]; rekeyed: number }> {
  const others = [...column].filter((c) => c.id !== id).sort(comparePlaced);
  const placement = await planPlacement(arrayReader(others), { beforeId: others[index - 1]?.id ?? null, afterId: others[index]?.id ?? null });
  const keys = new Map(placement.rekeyed.map((c) => [c.id, c.position]));
  const next = [...others.map((c) => ({ ...c, position: keys.get(c.id) ?? c.position })), { id, position: placement.position }].sort(comparePlaced);
  return { column: next, rekeyed: placement.rekeyed.length };
}

const ids = (column: readonly Placed[]) => column.map((c) => c.id);
/** n cards "c000", "c001"… all at `position` (like leads that were never placed). */
const tied = (n: number, position = FIRST_POSITION, prefix = "c") =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(3, "0")}`, position }));

/** A small deterministic PRNG (mulberry32) so the random walk is repeatable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("board position keys", () => {
  it("compares positions byte-wise, then ids", () => {
    const cards = [
      { id: "b", position: "a1" },
      { id: "a", position: "a0V" },
      { id: "z", position: "a0" },
      { id: "y", position: "a0" },
      { id: "x", position: "Zz" },
    ];
    expect(ids([...cards].sort(comparePlaced))).toEqual(["x", "y", "z", "a", "b"]);
  });

  it("gives the first card of an empty column the default key", async () => {
    expect(await planPlacement(arrayReader([]), {})).toEqual({ position: FIRST_POSITION, rekeyed: [] });
    expect(await planPlacement(arrayReader([]), { beforeId: "gone", afterId: "gone-too" })).toEqual({ position: FIRST_POSITION, rekeyed: [] });
  });

  it("puts a card at the top, the bottom or between two cards by its own key alone", async () => {
    const column = [
      { id: "a", position: "a0" },
      { id: "b", position: "a1" },
      { id: "c", position: "a2" },
    ];
    const top = await planPlacement(arrayReader(column), {});
    expect(top.position < "a0").toBe(true);
    const topByAfter = await planPlacement(arrayReader(column), { beforeId: null, afterId: "a" });
    expect(topByAfter).toEqual(top);
    const bottom = await planPlacement(arrayReader(column), { beforeId: "c", afterId: null });
    expect(bottom.position > "a2").toBe(true);
    const middle = await planPlacement(arrayReader(column), { beforeId: "a", afterId: "b" });
    expect(middle.position > "a0" && middle.position < "a1").toBe(true);
    for (const p of [top, bottom, middle]) expect(p.rekeyed).toEqual([]);
  });

  it("places the card exactly between two cards with equal keys, re-keying only the tied cards above", async () => {
    const column = tied(10);
    const { column: after, rekeyed } = await drop(column, "new", 4);
    expect(ids(after)).toEqual(["c000", "c001", "c002", "c003", "new", "c004", "c005", "c006", "c007", "c008", "c009"]);
    expect(rekeyed).toBe(4);
    // The cards below the drop point keep their keys.
    expect(after.slice(5).every((c) => c.position === FIRST_POSITION)).toBe(true);
  });

  it("re-keys a tied run between the previous distinct key and the card below", async () => {
    const column = [{ id: "top", position: "Zz" }, ...tied(5), { id: "end", position: "a5" }];
    const placement = await planPlacement(arrayReader(column), { beforeId: "c002", afterId: "c003" });
    expect(placement.rekeyed.map((c) => c.id)).toEqual(["c000", "c001", "c002"]);
    const keys = [...placement.rekeyed.map((c) => c.position), placement.position];
    expect(keys.every((k) => k > "Zz" && k < FIRST_POSITION)).toBe(true);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("drops at the top and the bottom of an all-tied column", async () => {
    const top = await drop(tied(5), "new", 0);
    expect(ids(top.column)[0]).toBe("new");
    expect(top.rekeyed).toBe(0);
    const bottom = await drop(tied(5), "new", 5);
    expect(ids(bottom.column).at(-1)).toBe("new");
    expect(bottom.rekeyed).toBe(0);
  });

  it("ignores a stale neighbour: below a card still there, else above the other, else at the top", async () => {
    const column = [
      { id: "a", position: "a0" },
      { id: "b", position: "a1" },
      { id: "c", position: "a2" },
    ];
    // The user saw "a" above and "gone" below: the card goes directly below "a".
    const belowA = await planPlacement(arrayReader(column), { beforeId: "a", afterId: "gone" });
    expect(belowA.position > "a0" && belowA.position < "a1").toBe(true);
    // "gone" above and "c" below: directly above "c".
    const aboveC = await planPlacement(arrayReader(column), { beforeId: "gone", afterId: "c" });
    expect(aboveC.position > "a1" && aboveC.position < "a2").toBe(true);
    // Neither is there any more: the top.
    const top = await planPlacement(arrayReader(column), { beforeId: "gone", afterId: "gone-too" });
    expect(top.position < "a0").toBe(true);
    // Neighbours that are no longer adjacent (someone placed a card between): directly below "before".
    const stalePair = await planPlacement(arrayReader(column), { beforeId: "a", afterId: "c" });
    expect(stalePair.position > "a0" && stalePair.position < "a1").toBe(true);
  });

  it("refuses neighbours given out of order", () => {
    expect(() => placeBetween({ id: "a", position: "a2" }, { id: "b", position: "a1" })).toThrow(RangeError);
  });

  it("keeps keys short when cards keep going to the top or the bottom", async () => {
    let column = tied(20);
    for (let i = 0; i < 1000; i++) {
      const last = column.at(-1)!;
      ({ column } = await drop(column, last.id, 0));
      expect(column[0].id).toBe(last.id);
    }
    expect(Math.max(...column.map((c) => c.position.length))).toBeLessThanOrEqual(4);
    for (let i = 0; i < 1000; i++) {
      const first = column[0];
      ({ column } = await drop(column, first.id, column.length - 1));
      expect(column.at(-1)!.id).toBe(first.id);
    }
    expect(Math.max(...column.map((c) => c.position.length))).toBeLessThanOrEqual(4);
  });

  it("keeps splitting the same gap in order", async () => {
    let column: Placed[] = [
      { id: "lo", position: "a0" },
      { id: "hi", position: "a1" },
    ];
    for (let i = 0; i < 200; i++) {
      ({ column } = await drop(column, `n${String(i).padStart(3, "0")}`, 1));
      expect(column[1].id).toBe(`n${String(i).padStart(3, "0")}`);
    }
    expect(column[0].id).toBe("lo");
    expect(column.at(-1)!.id).toBe("hi");
    expect(new Set(column.map((c) => c.position)).size).toBe(column.length);
  });

  it("lands every card where it was dropped over thousands of random moves, ties included", async () => {
    const next = random(20260601);
    let column = [...tied(15, "a0", "a"), ...tied(10, "a0V", "b"), ...tied(5, "a3", "c")].sort(comparePlaced);
    let expected = ids(column);
    for (let i = 0; i < 3000; i++) {
      const moved = expected[Math.floor(next() * expected.length)];
      const rest = expected.filter((id) => id !== moved);
      const index = Math.floor(next() * (rest.length + 1));
      ({ column } = await drop(column, moved, index));
      expected = [...rest.slice(0, index), moved, ...rest.slice(index)];
      expect(ids(column)).toEqual(expected);
    }
  });
});
