import { describe, expect, it } from "vitest";
import { dealMetrics } from "@/lib/analytics/deal-metrics";
import { conversionFunnel } from "@/lib/analytics/funnel";
import { rangeMonths } from "@/lib/analytics/range-months";

const stages = [
  { id: "lost", name: "Lost", position: 6, kind: "LOST" as const },
  { id: "new", name: "New", position: 0, kind: "OPEN" as const },
  { id: "contacted", name: "Contacted", position: 1, kind: "OPEN" as const },
  { id: "replied", name: "Replied", position: 2, kind: "OPEN" as const },
  { id: "won", name: "Won", position: 5, kind: "WON" as const },
];

describe("conversionFunnel", () => {
  it("counts each lead at every step up to its furthest, in position order, without Lost", () => {
    const steps = conversionFunnel(stages, new Map([[0, 4], [2, 3], [5, 1], [6, 99]]));
    expect(steps.map((s) => [s.name, s.count])).toEqual([["New", 8], ["Contacted", 4], ["Replied", 4], ["Won", 1]]);
    expect(steps[1].fromPrevious).toBe(0.5);
    expect(steps[3].fromFirst).toBe(1 / 8);
  });

  it("has no rates when nobody entered", () => {
    expect(conversionFunnel(stages, new Map()).map((s) => [s.count, s.fromFirst])).toEqual([[0, null], [0, null], [0, null], [0, null]]);
  });
});

describe("dealMetrics", () => {
  it("win rate, average size, cycle and velocity (open × win rate × size ÷ cycle days)", () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    const metrics = dealMetrics({ won: [{ baseValue: 1000, createdAt: day(1), closedAt: day(11) }, { baseValue: null, createdAt: day(1), closedAt: day(31) }], lost: 2, open: 10 });
    expect(metrics).toEqual({ won: 2, lost: 2, open: 10, winRate: 0.5, averageDealSize: 1000, salesCycleDays: 20, pipelineVelocity: 250 });
    expect(dealMetrics({ won: [], lost: 0, open: 3 })).toMatchObject({ winRate: null, averageDealSize: null, salesCycleDays: null, pipelineVelocity: null });
  });

  it("leaves out of the cycle a deal recorded after it closed (imported history), never a negative cycle", () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    const imported = { baseValue: 1000, createdAt: day(20), closedAt: day(5) };
    expect(dealMetrics({ won: [{ baseValue: 1000, createdAt: day(1), closedAt: day(11) }, imported], lost: 0, open: 4 })).toMatchObject({ salesCycleDays: 10, pipelineVelocity: 400 });
    expect(dealMetrics({ won: [imported], lost: 0, open: 4 })).toMatchObject({ salesCycleDays: null, pipelineVelocity: null });
  });
});

describe("rangeMonths", () => {
  it("lists the calendar months a range touches in the time zone", () => {
    const months = rangeMonths(new Date("2026-01-31T22:00:00Z"), new Date("2026-03-31T21:00:00Z"), "Europe/Nicosia");
    expect(months.map((m) => m.key)).toEqual(["2026-02", "2026-03"]);
  });
});
