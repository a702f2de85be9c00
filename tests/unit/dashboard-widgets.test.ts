import { describe, expect, it } from "vitest";
import { effectiveDashboardView } from "@/lib/dashboard/dashboard-view";
import { defaultDashboardLayout, readDashboardLayout, WIDGET_IDS } from "@/lib/dashboard/widgets";
import { metricWeeks } from "@/lib/metrics/metric-weeks";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import { dashboardLayoutSchema, dashboardViewSchema } from "@/lib/validation/dashboard-layout";

describe("dashboard layout reader", () => {
  it("gives the default layout for nothing stored or anything that is not a list", () => {
    for (const stored of [null, undefined, "mrr", 42, { id: "mrr" }]) expect(readDashboardLayout(stored)).toEqual(defaultDashboardLayout());
    expect(defaultDashboardLayout().map((e) => e.id)).toEqual(WIDGET_IDS);
    expect(defaultDashboardLayout().every((e) => !e.hidden)).toBe(true);
  });

  it("keeps the user's order and hidden flags, drops unknown ids and repeats, and appends widgets the user has not seen", () => {
    const layout = readDashboardLayout([
      { id: "pipeline-value", hidden: true },
      { id: "retired-widget", hidden: false },
      { id: "mrr", hidden: false },
      { id: "pipeline-value", hidden: false },
      "junk",
      { hidden: true },
      { id: "outreach", hidden: "maybe" },
    ]);
    expect(layout.slice(0, 3)).toEqual([
      { id: "pipeline-value", hidden: true },
      { id: "mrr", hidden: false },
      { id: "outreach", hidden: false },
    ]);
    expect(layout.map((e) => e.id).sort()).toEqual([...WIDGET_IDS].sort());
    expect(layout.slice(3).map((e) => e.id)).toEqual(WIDGET_IDS.filter((id) => !["pipeline-value", "mrr", "outreach"].includes(id)));
    expect(layout.slice(3).every((e) => !e.hidden)).toBe(true);
  });

  it("accepts a saved layout of known widgets once each, and refuses others", () => {
    expect(dashboardLayoutSchema.safeParse([{ id: "mrr", hidden: true }]).success).toBe(true);
    expect(dashboardLayoutSchema.safeParse([{ id: "nope", hidden: true }]).success).toBe(false);
    expect(dashboardLayoutSchema.safeParse([{ id: "mrr", hidden: true }, { id: "mrr", hidden: false }]).success).toBe(false);
    expect(dashboardLayoutSchema.safeParse([{ id: "mrr" }]).success).toBe(false);
  });
});

describe("dashboard view", () => {
  it("shows Team only to managers and admins who ask for it", () => {
    expect(dashboardViewSchema.parse("team")).toBe("team");
    expect(dashboardViewSchema.parse(["team", "my"])).toBe("my");
    expect(dashboardViewSchema.parse(undefined)).toBe("my");
    expect(effectiveDashboardView("ADMIN", "team")).toBe("team");
    expect(effectiveDashboardView("MANAGER", "team")).toBe("team");
    expect(effectiveDashboardView("SALES", "team")).toBe("my");
    expect(effectiveDashboardView("ADMIN", "my")).toBe("my");
  });
});

describe("metric weeks", () => {
  it("lists Monday-start weeks in the time zone, ending with the current one", () => {
    // Sunday 1 March 2026, 23:30 in Tokyo.
    const weeks = metricWeeks(new Date("2026-03-01T14:30:00Z"), "Asia/Tokyo", 2);
    expect(weeks).toEqual([
      { weekStart: "2026-02-16", label: "16 Feb", start: new Date("2026-02-15T15:00:00Z"), end: new Date("2026-02-22T15:00:00Z") },
      { weekStart: "2026-02-23", label: "23 Feb", start: new Date("2026-02-22T15:00:00Z"), end: new Date("2026-03-01T15:00:00Z") },
    ]);
  });

  it("covers a range from the week of its start to the week of its last instant", () => {
    const weeks = metricWeeks(new Date("2026-06-01T00:00:00Z"), "UTC", 12, { from: new Date("2026-03-04T00:00:00Z"), to: new Date("2026-03-16T00:00:00Z") });
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-03-02", "2026-03-09"]);
  });
});

describe("sums in the base currency", () => {
  it("converts with the rates, rounds once and names currencies without a rate", () => {
    const rates = { base: "EUR", rates: new Map([["USD", 0.915]]) };
    expect(sumInBase([{ currency: "EUR", amount: 100 }, { currency: "USD", amount: 101 }, { currency: "USD", amount: 101 }, { currency: "GBP", amount: 5 }, { currency: "CHF", amount: 1 }], rates)).toEqual({
      total: 285, // 100 + 92.415 + 92.415 = 284.83
      missingRates: ["CHF", "GBP"],
    });
  });
});
