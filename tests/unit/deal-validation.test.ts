import { describe, expect, it } from "vitest";
import { forecastMonths } from "@/lib/deals/forecast-months";
import { dealInputSchema, newDealSchema } from "@/lib/validation/deal";
import { convertLeadSchema } from "@/lib/validation/lead";
import { pipelineRuleViolation, stageInputSchema } from "@/lib/validation/pipeline";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";

const errorsOf = (result: { success: boolean; error?: unknown }) => Object.keys(result.success ? {} : fieldErrorsOf(result.error as never)).sort();

describe("deal form schema", () => {
  it("normalizes a valid deal: value in major units, blank probability is the stage default", () => {
    expect(dealInputSchema.parse({ title: "  Relaunch ", value: null, currency: "usd", probability: undefined, tags: ["a", "a"] })).toEqual({
      title: "Relaunch",
      value: 0,
      currency: "USD",
      probability: null,
      expectedCloseDay: null,
      companyId: null,
      contactId: null,
      leadId: null,
      ownerId: null,
      tags: ["a"],
    });
    expect(newDealSchema.parse({ title: "X", pipelineId: "", stageId: "abc" })).toMatchObject({ pipelineId: null, stageId: "abc" });
  });

  it("refuses values a 32-bit money column cannot hold, fractional or out-of-range probabilities and bad days", () => {
    const result = dealInputSchema.safeParse({ title: "", value: 20_000_000.01, currency: "€", probability: 50.5, expectedCloseDay: "2026-02-30x", companyId: "a b" });
    expect(errorsOf(result)).toEqual(["companyId", "currency", "expectedCloseDay", "probability", "title", "value"]);
    expect(dealInputSchema.safeParse({ title: "x", value: 20_000_000, probability: 101 }).success).toBe(false);
    expect(dealInputSchema.safeParse({ title: "x", value: -1 }).success).toBe(false);
    expect(dealInputSchema.safeParse({ title: "x", value: 20_000_000, probability: 100 }).success).toBe(true);
  });

  it("adds optional deal fields to the lead conversion, keeping the lead's currency unless one is given", () => {
    expect(convertLeadSchema.parse({ leadId: "lead1" })).toMatchObject({ createDeal: false, dealTitle: null, dealValue: null, dealCurrency: null, dealStageId: null });
    expect(convertLeadSchema.parse({ leadId: "lead1", createDeal: true, dealCurrency: "gbp", dealValue: 10 })).toMatchObject({ createDeal: true, dealCurrency: "GBP", dealValue: 10 });
  });
});

describe("stage schema and pipeline rules", () => {
  it("takes a colour, a whole probability 0–100, a kind and optional rotting days", () => {
    expect(stageInputSchema.parse({ name: " Won ", color: "#16A34A", probability: 100, kind: "WON" })).toEqual({ name: "Won", color: "#16a34a", probability: 100, kind: "WON", rottingDays: null });
    expect(errorsOf(stageInputSchema.safeParse({ name: "", color: "red", probability: 101, kind: "MAYBE", rottingDays: 0 }))).toEqual(["color", "kind", "name", "probability", "rottingDays"]);
  });

  it("keeps an open stage in every pipeline and won and lost stages in the lead pipeline", () => {
    expect(pipelineRuleViolation("DEAL", ["OPEN"])).toBeNull();
    expect(pipelineRuleViolation("DEAL", ["WON", "LOST"])).toMatch(/open stage/);
    expect(pipelineRuleViolation("LEAD", ["OPEN", "LOST"])).toMatch(/won stage/);
    expect(pipelineRuleViolation("LEAD", ["OPEN", "WON"])).toMatch(/lost stage/);
    expect(pipelineRuleViolation("LEAD", ["WON", "OPEN", "LOST"])).toBeNull();
  });
});

describe("forecast months", () => {
  it("are the current month and the next two in the time zone, across a year end", () => {
    // 23:30 UTC on 30 November is already 1 December in Nicosia.
    const months = forecastMonths(new Date("2026-11-30T23:30:00Z"), "Europe/Nicosia");
    expect(months.map((m) => [m.key, m.label, m.start.toISOString(), m.end.toISOString()])).toEqual([
      ["2026-12", "Dec 2026", "2026-11-30T22:00:00.000Z", "2026-12-31T22:00:00.000Z"],
      ["2027-01", "Jan 2027", "2026-12-31T22:00:00.000Z", "2027-01-31T22:00:00.000Z"],
      ["2027-02", "Feb 2027", "2027-01-31T22:00:00.000Z", "2027-02-28T22:00:00.000Z"],
    ]);
    expect(forecastMonths(new Date("2026-11-30T23:30:00Z"), "UTC")[0].key).toBe("2026-11");
  });
});
