import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { getConversionFunnel } from "@/server/services/analytics/conversion-funnel";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { createTestUser, leadStages, type TestActor } from "../support/factories";

const now = new Date("2026-06-15T12:00:00Z");
const range = { timeZone: "UTC", now, from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-07-01T00:00:00Z") };
let admin: TestActor;
let stages: Record<string, string>;

/** A lead created in `stage` on `createdAt`, then moved through `path` (recorded as STAGE_CHANGED). */
async function leadThrough(stage: string, path: string[], data: { createdAt?: Date; niche?: string; ownerId?: string } = {}): Promise<string> {
  const lead = await getDb().lead.create({ data: { name: `Lead ${Math.random()}`, stageId: stages[stage], createdAt: data.createdAt ?? new Date("2026-03-01T00:00:00Z"), niche: data.niche, ownerId: data.ownerId } });
  for (const next of path) await changeLeadStage(admin, lead.id, stages[next], now);
  return lead.id;
}

const counts = (steps: Array<{ name: string; count: number }>) => Object.fromEntries(steps.map((s) => [s.name, s.count]));

beforeAll(async () => {
  admin = await createTestUser("ADMIN");
  stages = await leadStages();
});

describe("conversion funnel from the stage-change history", () => {
  it("counts a lead at every stage up to the furthest it reached; Lost is no step", async () => {
    const niche = "funnel-a";
    await leadThrough("New", [], { niche }); // New only
    await leadThrough("New", ["Replied"], { niche }); // jumped: counts at Contacted too
    await leadThrough("New", ["Contacted", "Qualified", "Lost"], { niche }); // now Lost: counts to Qualified
    await leadThrough("New", ["Contacted", "Replied", "Qualified", "Proposal Sent", "Won"], { niche });
    await leadThrough("Contacted", ["Lost"], { niche }); // its initial status counts
    await leadThrough("Lost", [], { niche }); // never in a funnel stage
    await leadThrough("New", ["Replied"], { niche, createdAt: new Date("2025-12-31T23:59:59Z") }); // created before the range

    const steps = await getConversionFunnel({ ...range, niche });
    expect(steps.map((s) => s.name)).toEqual(["New", "Contacted", "Replied", "Qualified", "Proposal Sent", "Won"]);
    expect(counts(steps)).toEqual({ New: 5, Contacted: 4, Replied: 3, Qualified: 2, "Proposal Sent": 1, Won: 1 });
    expect(steps[0].fromPrevious).toBeNull();
    expect(steps[1].fromPrevious).toBeCloseTo(4 / 5);
    expect(steps[5].fromFirst).toBeCloseTo(1 / 5);
  });

  it("applies the owner and status filters and the creation range", async () => {
    const sales = await createTestUser("SALES");
    const niche = "funnel-b";
    await leadThrough("New", ["Contacted"], { niche, ownerId: sales.id });
    await leadThrough("New", ["Replied", "Won"], { niche });
    expect(counts(await getConversionFunnel({ ...range, niche, ownerId: sales.id }))).toMatchObject({ New: 1, Contacted: 1, Replied: 0 });
    expect(counts(await getConversionFunnel({ ...range, niche, leadStatusId: stages.Won }))).toMatchObject({ New: 1, Replied: 1, Won: 1 });
    expect(counts(await getConversionFunnel({ ...range, niche, to: new Date("2026-02-01T00:00:00Z") }))).toMatchObject({ New: 0 });
  });
});
