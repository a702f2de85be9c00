import { beforeAll, describe, expect, it } from "vitest";
import { analyticsScope } from "@/lib/analytics/analytics-filters";
import { getDb } from "@/server/db";
import { channelPerformance } from "@/server/services/analytics/channel-performance";
import { getAnalytics } from "@/server/services/analytics/get-analytics";
import { getDealMetrics } from "@/server/services/analytics/deal-metrics";
import { projectRevenueByMonth } from "@/server/services/analytics/project-revenue-by-month";
import { teamPerformance } from "@/server/services/analytics/team-performance";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { createDealPipeline, createTestDeal, type TestPipeline } from "../support/board-factories";
import { createTestUser, leadStages, type TestActor } from "../support/factories";

// Pinned: Monday 15 June 2026, noon UTC.
const now = new Date("2026-06-15T12:00:00Z");
const range = { timeZone: "UTC", now, from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-07-01T00:00:00Z") };
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
let admin: TestActor;
let stages: Record<string, string>;

async function lead(data: { niche?: string; source?: string; ownerId?: string; createdAt?: Date } = {}): Promise<string> {
  const row = await getDb().lead.create({ data: { name: `Lead ${Math.random()}`, stageId: stages.New, createdAt: data.createdAt ?? at("2026-02-01"), niche: data.niche, source: data.source, ownerId: data.ownerId } });
  return row.id;
}

async function touch(leadId: string | null, type: "EMAIL" | "CALL" | "DM", occurredAt: Date, direction: "OUTBOUND" | "INBOUND" = "OUTBOUND", authorId = admin.id): Promise<void> {
  await getDb().activity.create({ data: { type, direction, leadId, occurredAt, authorId } });
}

async function client(ownerId?: string): Promise<string> {
  return (await getDb().company.create({ data: { name: `Client ${Math.random()}`, status: "CLIENT", ownerId } })).id;
}

async function paidProject(companyId: string, amount: number, currency: string, paidAt: Date, ownerId?: string): Promise<void> {
  await getDb().project.create({ data: { name: "Site", companyId, amount, currency, status: "PAID", paidAt, ownerId } });
}

/** A deal in `stage` created and (for Won/Lost) closed on the given days. */
async function closedDeal(pipeline: TestPipeline, stage: string, data: { value?: number; currency?: string; ownerId?: string; createdAt: Date; closedAt?: Date }): Promise<void> {
  const id = await createTestDeal(pipeline, stage, { value: data.value, currency: data.currency, ownerId: data.ownerId });
  await getDb().deal.update({ where: { id }, data: { createdAt: data.createdAt, closedAt: data.closedAt ?? null } });
}

beforeAll(async () => {
  admin = await createTestUser("ADMIN");
  stages = await leadStages();
  await getDb().exchangeRate.create({ data: { currency: "USD", rate: 0.5 } });
});

describe("channel performance", () => {
  it("counts touches, leads touched, and replies and conversions after the first touch per channel", async () => {
    const niche = "channels";
    const replied = await lead({ niche });
    await touch(replied, "EMAIL", at("2026-03-01"));
    await touch(replied, "EMAIL", at("2026-03-02"));
    await touch(replied, "EMAIL", at("2026-03-03"), "INBOUND");
    const won = await lead({ niche });
    await touch(won, "EMAIL", at("2026-03-01"));
    await touch(won, "CALL", at("2026-03-05"));
    await changeLeadStage(admin, won, stages.Won, at("2026-03-06"));
    const silent = await lead({ niche });
    await touch(silent, "CALL", at("2026-03-01"));
    // A reply before the call touched it does not count for calls.
    const early = await lead({ niche });
    await touch(early, "DM", at("2026-02-01"), "INBOUND");
    await touch(early, "DM", at("2026-02-02"));
    await touch(early, "EMAIL", at("2025-12-01")); // outside the range

    const rows = await channelPerformance({ ...range, niche });
    expect(rows).toEqual([
      { type: "EMAIL", touches: 3, leadsTouched: 2, replied: 2, converted: 1, replyRate: 1, conversionRate: 0.5 },
      { type: "CALL", touches: 2, leadsTouched: 2, replied: 1, converted: 1, replyRate: 0.5, conversionRate: 0.5 },
      { type: "DM", touches: 1, leadsTouched: 1, replied: 0, converted: 0, replyRate: 0, conversionRate: 0 },
    ]);
  });
});

describe("deal metrics", () => {
  it("win rate, average deal size in the base currency, sales cycle and pipeline velocity", async () => {
    const pipeline = await createDealPipeline();
    await closedDeal(pipeline, "Won", { value: 100_000, createdAt: at("2026-03-01"), closedAt: at("2026-03-11") }); // 10 days
    await closedDeal(pipeline, "Won", { value: 60_000, currency: "USD", createdAt: at("2026-03-01"), closedAt: at("2026-03-31") }); // 30 days, €300
    await closedDeal(pipeline, "Won", { value: 5_000, currency: "JPY", createdAt: at("2026-04-01"), closedAt: at("2026-04-21") }); // 20 days, no rate
    await closedDeal(pipeline, "Lost", { createdAt: at("2026-03-01"), closedAt: at("2026-03-20") });
    await closedDeal(pipeline, "Won", { createdAt: at("2025-01-01"), closedAt: at("2025-12-20") }); // closed before the range
    for (let i = 0; i < 4; i++) await closedDeal(pipeline, "Proposal", { createdAt: at("2026-05-01") });

    const metrics = await getDealMetrics({ ...range, pipelineId: pipeline.id });
    expect(metrics).toMatchObject({ won: 3, lost: 1, open: 4, winRate: 0.75, averageDealSize: 65_000, salesCycleDays: 20, missingRates: ["JPY"] });
    // (4 × 0.75 × €650) ÷ 20 days = €97.50 a day.
    expect(metrics.pipelineVelocity).toBe(9_750);
    expect(await getDealMetrics({ ...range, pipelineId: pipeline.id, to: at("2026-03-01") })).toMatchObject({ won: 0, lost: 0, winRate: null, averageDealSize: null, pipelineVelocity: null });
  });
});

describe("team performance and project revenue", () => {
  it("per user: outreach written, inbound replies on their leads, deals won and revenue", async () => {
    const sales = await createTestUser("SALES");
    const pipeline = await createDealPipeline();
    const mine = await lead({ ownerId: sales.id, niche: "team" });
    await touch(mine, "EMAIL", at("2026-03-01"), "OUTBOUND", sales.id);
    await touch(mine, "CALL", at("2026-03-02"), "OUTBOUND", sales.id);
    await touch(mine, "EMAIL", at("2026-03-03"), "INBOUND", admin.id);
    await closedDeal(pipeline, "Won", { value: 200_000, ownerId: sales.id, createdAt: at("2026-03-01"), closedAt: at("2026-03-10") });
    await closedDeal(pipeline, "Lost", { value: 900_000, ownerId: sales.id, createdAt: at("2026-03-01"), closedAt: at("2026-03-10") });
    await paidProject(await client(), 40_000, "USD", at("2026-04-01"), sales.id);
    await paidProject(await client(), 70_000, "EUR", at("2025-04-01"), sales.id); // before the range

    const { members } = await teamPerformance({ ...range, ownerId: sales.id });
    expect(members).toEqual([{ userId: sales.id, name: sales.name, outreach: 2, replies: 1, dealsWon: 1, revenue: 220_000 }]);
  });

  it("paid projects per month in the base currency, by the company owner, naming currencies without a rate", async () => {
    const owner = await createTestUser("MANAGER", "Europe/Nicosia");
    const company = await client(owner.id);
    await paidProject(company, 100_000, "EUR", new Date("2026-02-28T22:30:00Z")); // 1 March in Nicosia
    await paidProject(company, 50_000, "USD", new Date("2026-03-15T10:00:00Z"));
    await paidProject(company, 10_000, "GBP", new Date("2026-05-15T10:00:00Z"));
    await getDb().project.create({ data: { name: "Quote", companyId: company, amount: 999_999, status: "QUOTED" } });
    const scope = { ...range, timeZone: "Europe/Nicosia", ownerId: owner.id, from: new Date("2026-01-31T22:00:00Z"), to: new Date("2026-05-31T21:00:00Z") };
    const { months, missingRates, base } = await projectRevenueByMonth(scope);
    expect(base).toBe("EUR");
    expect(months.map((m) => [m.key, m.projects, m.revenue])).toEqual([
      ["2026-02", 0, 0],
      ["2026-03", 2, 125_000],
      ["2026-04", 0, 0],
      ["2026-05", 1, 0],
    ]);
    expect(missingRates).toEqual(["GBP"]);
  });
});

describe("the /analytics scope", () => {
  it("maps URL filters to metrics filters: SALES see only their own, a range in the viewer's time zone", async () => {
    const sales = { id: "sales1", role: "SALES" as const, timeZone: "Europe/Nicosia" };
    const manager = { id: "manager1", role: "MANAGER" as const, timeZone: "UTC" };
    expect(analyticsScope({ owner: "someone" }, sales, now)).toMatchObject({ ownerId: "sales1", from: new Date("2025-06-30T21:00:00Z"), to: new Date("2026-06-15T21:00:00Z") });
    expect(analyticsScope({}, manager, now).ownerId).toBeUndefined();
    expect(analyticsScope({ owner: "me" }, manager, now).ownerId).toBe("manager1");
    expect(analyticsScope({ from: "2026-03-01", to: "2026-03-31", niche: "x", source: "y", pipeline: "p1", status: "s1" }, manager, now)).toEqual({
      timeZone: "UTC",
      now,
      from: new Date("2026-03-01T00:00:00Z"),
      to: new Date("2026-04-01T00:00:00Z"),
      niche: "x",
      source: "y",
      pipelineId: "p1",
      leadStatusId: "s1",
    });
    // A `to` before `from` is dropped.
    expect(analyticsScope({ from: "2026-03-01", to: "2026-02-01" }, manager, now).to).toEqual(new Date("2026-06-16T00:00:00Z"));
  });

  it("applies owner, niche, source, pipeline, status and the range to every chart", async () => {
    const sales = await createTestUser("SALES");
    const pipeline = await createDealPipeline();
    const source = "analytics-source";
    const keep = await lead({ niche: "roofers", source, ownerId: sales.id, createdAt: at("2026-04-01") });
    await touch(keep, "EMAIL", at("2026-04-02"), "OUTBOUND", sales.id);
    await changeLeadStage(admin, keep, stages.Contacted, at("2026-04-02"));
    const otherNiche = await lead({ niche: "bakers", source, ownerId: sales.id, createdAt: at("2026-04-01") });
    await touch(otherNiche, "EMAIL", at("2026-04-02"), "OUTBOUND", sales.id);
    const otherOwner = await lead({ niche: "roofers", source, createdAt: at("2026-04-01") });
    await touch(otherOwner, "CALL", at("2026-04-02"));
    await closedDeal(pipeline, "Won", { value: 10_000, ownerId: sales.id, createdAt: at("2026-04-01"), closedAt: at("2026-04-10") });
    await closedDeal(await createDealPipeline(), "Won", { value: 10_000, ownerId: sales.id, createdAt: at("2026-04-01"), closedAt: at("2026-04-10") });

    const viewer = { id: sales.id, role: "SALES" as const, timeZone: "UTC" };
    const scope = analyticsScope({ niche: "roofers", source, pipeline: pipeline.id, status: stages.Contacted, from: "2026-04-01", to: "2026-04-30" }, viewer, now);
    const analytics = await getAnalytics(scope);
    expect(analytics.outreach.map((w) => w.total).reduce((a, b) => a + b)).toBe(1);
    expect(analytics.outreach[0].weekStart).toBe("2026-03-30");
    expect(analytics.channels.map((c) => [c.type, c.touches, c.leadsTouched])).toEqual([["EMAIL", 1, 1]]);
    expect(analytics.funnel.map((s) => s.count).slice(0, 3)).toEqual([1, 1, 0]);
    expect(analytics.leadStatuses.find((s) => s.stageId === stages.Contacted)?.count).toBe(1);
    expect(analytics.leadStatuses.reduce((n, s) => n + s.count, 0)).toBe(1);
    expect(analytics.deals).toMatchObject({ won: 1, lost: 0 });
    expect(analytics.dealsClosed.reduce((n, w) => n + w.won, 0)).toBe(1);
    expect(analytics.team.members).toEqual([{ userId: sales.id, name: sales.name, outreach: 1, replies: 0, dealsWon: 1, revenue: 10_000 }]);
    expect(analytics.projectRevenue.months.map((m) => m.key)).toEqual(["2026-04"]);
    expect(analytics.mrr.series.map((m) => m.key)).toEqual(["2026-04"]);

    const before = analyticsScope({ niche: "roofers", source, from: "2026-01-01", to: "2026-03-31" }, viewer, now);
    const empty = await getAnalytics(before);
    expect(empty.channels).toEqual([]);
    expect(empty.funnel[0].count).toBe(0);
    expect(empty.deals.won).toBe(0);
  });
});
