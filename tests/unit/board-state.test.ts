import { describe, expect, it } from "vitest";
import { isRotting, wholeDaysSince } from "@/lib/board/card-age";
import { appendCards, applyServerUpdate, findCard, moveCardOnBoard, neighboursAt } from "@/lib/board/board-state";
import type { BoardCard, BoardColumn } from "@/lib/board/types";

const card = (id: string, value: number | null = 1_000, currency = "EUR"): BoardCard => ({
  id,
  position: "a0",
  href: `/deals/${id}`,
  title: id,
  subtitle: null,
  value,
  weighted: value === null ? null : value / 2,
  currency,
  date: null,
  ownerName: null,
  idleDays: null,
  stageDays: 0,
  rotting: false,
  editable: true,
});

/** A column of one currency (its cards' currency) with its sums. */
const column = (id: string, cards: BoardCard[]): BoardColumn => ({
  stage: { id, name: id, color: "#000", kind: "OPEN", rottingDays: null },
  count: cards.length,
  totals: cards.length
    ? [{ currency: cards[0].currency, value: cards.reduce((s, c) => s + (c.value ?? 0), 0), weighted: cards.reduce((s, c) => s + (c.weighted ?? 0), 0) }]
    : [],
  cards,
});

const ids = (c: BoardColumn) => c.cards.map((x) => x.id);

describe("board state in the browser", () => {
  const board = () => [column("A", [card("a1"), card("a2"), card("a3")]), column("B", [card("b1")]), column("C", [card("c1", 500, "USD")])];

  it("moves a card across columns with its count and totals, leaving other columns untouched", () => {
    const before = board();
    const after = moveCardOnBoard(before, "a2", { stageId: "B", index: 0 });
    expect(ids(after[0])).toEqual(["a1", "a3"]);
    expect(ids(after[1])).toEqual(["a2", "b1"]);
    expect(after[0]).toMatchObject({ count: 2, totals: [{ currency: "EUR", value: 2_000, weighted: 1_000 }] });
    expect(after[1]).toMatchObject({ count: 2, totals: [{ currency: "EUR", value: 2_000, weighted: 1_000 }] });
    expect(after[2]).toBe(before[2]);
    // The moved card object is the same, so its memoised view does not re-render.
    expect(after[1].cards[0]).toBe(before[0].cards[1]);
  });

  it("adds a currency a column did not have, and drops one that empties", () => {
    const after = moveCardOnBoard(board(), "c1", { stageId: "B", index: 1 });
    expect(after[1].totals).toEqual([
      { currency: "EUR", value: 1_000, weighted: 500 },
      { currency: "USD", value: 500, weighted: 250 },
    ]);
    expect(after[2]).toMatchObject({ count: 0, totals: [], cards: [] });
  });

  it("reorders within a column without touching its sums, and puts a card back where it was", () => {
    const before = board();
    const moved = moveCardOnBoard(before, "a3", { stageId: "A", index: 0 });
    expect(ids(moved[0])).toEqual(["a3", "a1", "a2"]);
    expect(moved[0].totals).toBe(before[0].totals);
    expect(neighboursAt(moved[0], 0, "a3")).toEqual({ beforeId: null, afterId: "a1" });
    const spot = findCard(before, "a3")!;
    const back = moveCardOnBoard(moved, "a3", spot);
    expect(ids(back[0])).toEqual(["a1", "a2", "a3"]);
    expect(neighboursAt(back[0], 2, "a3")).toEqual({ beforeId: "a2", afterId: null });
  });

  it("takes the server's sums and fresh card, and appends a further page without repeats", () => {
    const before = board();
    const fresh = { ...card("b1"), weighted: 900 };
    const updated = applyServerUpdate(before, { A: before[0], B: { count: 7, totals: [{ currency: "EUR", value: 7_000, weighted: 900 }] } }, fresh);
    expect(updated[0]).toBe(before[0]);
    expect(updated[1]).toMatchObject({ count: 7 });
    expect(updated[1].cards[0]).toBe(fresh);
    expect(updated[2]).toMatchObject({ count: 0, totals: [] });
    const more = appendCards(before, "A", [card("a3"), card("a4")]);
    expect(ids(more[0])).toEqual(["a1", "a2", "a3", "a4"]);
    expect(more[1]).toBe(before[1]);
  });
});

describe("card age", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 60 * 60 * 1000);

  it("counts whole days and flags open cards past their stage's rotting days", () => {
    expect(wholeDaysSince(daysAgo(2.9), now)).toBe(2);
    expect(wholeDaysSince(daysAgo(-1), now)).toBe(0);
    const open = { kind: "OPEN" as const, rottingDays: 7 };
    expect(isRotting(open, daysAgo(7), now)).toBe(false);
    expect(isRotting(open, daysAgo(7.01), now)).toBe(true);
    expect(isRotting({ kind: "OPEN", rottingDays: null }, daysAgo(400), now)).toBe(false);
    expect(isRotting({ kind: "WON", rottingDays: 7 }, daysAgo(400), now)).toBe(false);
  });
});
