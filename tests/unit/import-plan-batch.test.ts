import { describe, expect, it } from "vitest";
import { leadInputSchema, type LeadInput } from "@/lib/validation/lead";
import type { MatchingLead } from "@/server/services/imports/find-matching-leads";
import { planLeadBatch, type ImportRow } from "@/server/services/imports/plan-lead-batch";

let line = 1;
function row(input: LeadInput): ImportRow {
  const data = leadInputSchema.parse(input);
  return { line: ++line, cells: [], data, present: Object.keys(input) as ImportRow["present"] };
}
const stored = (lead: Partial<MatchingLead>): MatchingLead => ({
  id: "lead-1",
  name: "Stored",
  ownerId: "owner-1",
  externalId: null,
  email: null,
  phoneDigits: null,
  websiteDomain: null,
  ...lead,
});
const admin = { id: "admin-1", role: "ADMIN" as const };

describe("planLeadBatch", () => {
  it("skips rows matching a stored lead or an earlier row of the file", () => {
    const plan = planLeadBatch({
      rows: [row({ name: "A", externalId: "x1" }), row({ name: "B", externalId: "x2" }), row({ name: "A again", externalId: "x1" })],
      existing: [stored({ externalId: "x2" })],
      dedupe: { match: ["externalId"], mode: "skip" },
      actor: admin,
    });
    expect(plan.creates.map((c) => c.data.name)).toEqual(["A"]);
    expect(plan.skipped).toBe(2);
    expect(plan.updates).toEqual([]);
  });

  it("matches on any chosen key, in the chosen order", () => {
    const plan = planLeadBatch({
      rows: [row({ name: "A", email: "a@x.cy", phone: "26 111111" })],
      existing: [stored({ id: "by-phone", phoneDigits: "26111111" }), stored({ id: "by-email", email: "a@x.cy" })],
      dedupe: { match: ["email", "phone"], mode: "update" },
      actor: admin,
    });
    expect(plan.updates.map((u) => u.lead.id)).toEqual(["by-email"]);
  });

  it("in update mode merges later rows into the lead an earlier row creates, only the fields they give", () => {
    const plan = planLeadBatch({
      rows: [row({ name: "A", externalId: "x1", city: "Polis", tags: ["one"] }), row({ name: "A renamed", externalId: "x1", rating: 4.5, tags: ["two"] })],
      existing: [],
      dedupe: { match: ["externalId"], mode: "update" },
      actor: admin,
    });
    expect(plan.creates).toHaveLength(1);
    expect(plan.creates[0].data).toMatchObject({ name: "A renamed", city: "Polis", rating: 4.5, tags: ["one", "two"] });
    expect(plan.updated).toBe(1);
  });

  it("in update mode collects the rows for each stored lead", () => {
    const rows = [row({ name: "A", externalId: "x1" }), row({ name: "A2", externalId: "x1" })];
    const plan = planLeadBatch({ rows, existing: [stored({ externalId: "x1" })], dedupe: { match: ["externalId"], mode: "update" }, actor: admin });
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0].rows).toEqual(rows);
    expect(plan.updated).toBe(2);
    expect(plan.creates).toEqual([]);
  });

  it("in create mode creates every row", () => {
    const plan = planLeadBatch({
      rows: [row({ name: "A", externalId: "x1" }), row({ name: "A", externalId: "x1" })],
      existing: [stored({ externalId: "x1" })],
      dedupe: { match: ["externalId"], mode: "create" },
      actor: admin,
    });
    expect(plan.creates).toHaveLength(2);
    expect(new Set(plan.creates.map((c) => c.id)).size).toBe(2);
  });

  it("reports rows that would update a lead a SALES user does not own; the system may update all", () => {
    const input = { rows: [row({ name: "A", externalId: "x1" })], existing: [stored({ externalId: "x1" })], dedupe: { match: ["externalId" as const], mode: "update" as const } };
    const sales = planLeadBatch({ ...input, actor: { id: "sales-1", role: "SALES" } });
    expect(sales.failures).toEqual([{ line: input.rows[0].line, cells: [], reason: expect.stringContaining('Matches the lead "Stored"') }]);
    expect(sales.updated).toBe(0);
    expect(planLeadBatch({ ...input, actor: null }).updated).toBe(1);
  });

  it("gives new leads time-ordered UUID v7 ids", () => {
    const plan = planLeadBatch({ rows: [row({ name: "A" }), row({ name: "B" })], existing: [], dedupe: { match: [], mode: "skip" }, actor: admin });
    for (const { id } of plan.creates) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
