import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { dealsClosedByWeek } from "@/server/services/metrics/deals-closed-by-week";
import { leadsByStatus } from "@/server/services/metrics/leads-by-status";
import { mrrOverview } from "@/server/services/metrics/mrr-overview";
import { outreachByWeek } from "@/server/services/metrics/outreach-by-week";
import { revenueForecast } from "@/server/services/metrics/revenue-forecast";
import { createDealPipeline, type TestPipeline } from "../support/board-factories";
import { createTestUser, leadStages } from "../support/factories";

// Every test scopes its figures to its own users (ownerId), except the MRR test's team view, which
// sees the recurring lines of every test: the others' lines start in 2030, after its months.

beforeAll(async () => {
  // Base EUR (the default); USD has a rate, GBP none.
  await getDb().exchangeRate.create({ data: { currency: "USD", rate: 0.9 } });
});

const day = (iso: string) => new Date(iso);

async function company(ownerId: string, name = "Client") {
  return (await getDb().company.create({ data: { name, status: "CLIENT", ownerId }, select: { id: true } })).id;
}

async function line(companyId: string, data: { kind?: "HOSTING" | "SAAS"; amount: number; currency?: string; billingPeriod?: "MONTH" | "QUARTER" | "YEAR"; startsAt: string; endsAt?: string }) {
  await getDb().recurringLine.create({
    data: { companyId, kind: data.kind ?? "HOSTING", amount: data.amount, currency: data.currency ?? "EUR", billingPeriod: data.billingPeriod ?? "MONTH", startsAt: day(data.startsAt), endsAt: data.endsAt ? day(data.endsAt) : null },
  });
}

async function deal(pipeline: TestPipeline, stage: string, data: { ownerId: string; value: number; probability?: number; currency?: string; expectedCloseAt?: string; closedAt?: string }) {
  const probability = data.probability ?? 0;
  await getDb().deal.create({
    data: {
      title: "Deal",
      pipelineId: pipeline.id,
      stageId: pipeline.stages[stage],
      ownerId: data.ownerId,
      value: data.value,
      currency: data.currency ?? "EUR",
      probability,
      weightedValue: Math.round((data.value * probability) / 100),
      expectedCloseAt: data.expectedCloseAt ? day(data.expectedCloseAt) : null,
      closedAt: data.closedAt ? day(data.closedAt) : null,
    },
  });
}

describe("outreach per week", () => {
  it("counts outbound activities per Monday-to-Sunday week in the user's time zone, by type, for the author", async () => {
    const me = await createTestUser("SALES", "Asia/Tokyo");
    const other = await createTestUser("SALES", "Asia/Tokyo");
    const activity = (occurredAt: string, type: "EMAIL" | "CALL" | "DM", authorId = me.id, direction: "OUTBOUND" | "INBOUND" = "OUTBOUND") =>
      getDb().activity.create({ data: { type, direction, occurredAt: day(occurredAt), authorId } });
    // Monday 2 March 2026 starts at 00:00 in Tokyo = 1 March 15:00 UTC.
    await activity("2026-03-01T14:59:59Z", "EMAIL"); // Sunday 23:59 in Tokyo: the week before
    await activity("2026-03-01T15:00:00Z", "CALL");
    await activity("2026-03-04T10:00:00Z", "CALL");
    await activity("2026-03-04T11:00:00Z", "DM");
    await activity("2026-03-04T11:00:00Z", "EMAIL", me.id, "INBOUND"); // a reply is not outreach
    await activity("2026-03-04T11:00:00Z", "EMAIL", other.id); // someone else's
    await activity("2026-02-22T14:59:59Z", "EMAIL"); // Sunday 22 February in Tokyo: before the window
    const now = day("2026-03-04T12:00:00Z");

    const weeks = await outreachByWeek({ timeZone: "Asia/Tokyo", now, ownerId: me.id }, 2);
    expect(weeks).toEqual([
      { weekStart: "2026-02-23", label: "23 Feb", total: 1, byType: { EMAIL: 1 } },
      { weekStart: "2026-03-02", label: "2 Mar", total: 3, byType: { CALL: 2, DM: 1 } },
    ]);
    // In UTC the Sunday-evening email falls in the week of 23 February too, and so does the 15:00 call.
    const utc = await outreachByWeek({ timeZone: "UTC", now, ownerId: me.id }, 2);
    expect(utc.map((w) => w.total)).toEqual([2, 2]);
    // Twelve weeks by default; a range gives its own weeks.
    expect(await outreachByWeek({ timeZone: "Asia/Tokyo", now, ownerId: me.id })).toHaveLength(12);
    const ranged = await outreachByWeek({ timeZone: "Asia/Tokyo", now, ownerId: me.id, from: day("2026-02-15T15:00:00Z"), to: day("2026-03-01T15:00:00Z") });
    expect(ranged.map((w) => [w.weekStart, w.total])).toEqual([
      ["2026-02-16", 1],
      ["2026-02-23", 1],
    ]);
  });

  it("keeps only activities of leads matching the lead filters", async () => {
    const me = await createTestUser("SALES", "UTC");
    const stages = await leadStages();
    const lead = (niche: string) => getDb().lead.create({ data: { name: niche, niche, stageId: stages.New, ownerId: me.id }, select: { id: true } });
    const dentist = await lead("Dentists");
    const plumber = await lead("Plumbers");
    for (const leadId of [dentist.id, dentist.id, plumber.id]) await getDb().activity.create({ data: { type: "EMAIL", direction: "OUTBOUND", occurredAt: day("2026-05-05T10:00:00Z"), authorId: me.id, leadId } });
    const filters = { timeZone: "UTC", now: day("2026-05-06T10:00:00Z"), ownerId: me.id };
    expect((await outreachByWeek({ ...filters, niche: "Dentists" }, 1))[0].total).toBe(2);
    expect((await outreachByWeek(filters, 1))[0].total).toBe(3);
  });
});

describe("deals closed per week", () => {
  it("counts won and lost deals by close date per week in the user's time zone, with the won value in the base currency", async () => {
    const me = await createTestUser("SALES", "Asia/Tokyo");
    const pipeline = await createDealPipeline();
    await deal(pipeline, "Won", { ownerId: me.id, value: 10_000, closedAt: "2026-03-01T15:00:00Z" });
    await deal(pipeline, "Won", { ownerId: me.id, value: 20_000, currency: "USD", closedAt: "2026-03-03T09:00:00Z" });
    await deal(pipeline, "Lost", { ownerId: me.id, value: 50_000, closedAt: "2026-03-01T14:59:59Z" });
    await deal(pipeline, "Won", { ownerId: me.id, value: 7_000, currency: "GBP", closedAt: "2026-02-25T09:00:00Z" });
    await deal(pipeline, "Proposal", { ownerId: me.id, value: 1_000 });
    const other = await createDealPipeline();
    await deal(other, "Won", { ownerId: me.id, value: 1_000, closedAt: "2026-03-03T09:00:00Z" });
    const now = day("2026-03-04T12:00:00Z");

    expect(await dealsClosedByWeek({ timeZone: "Asia/Tokyo", now, ownerId: me.id, pipelineId: pipeline.id }, 2)).toEqual([
      { weekStart: "2026-02-23", label: "23 Feb", won: 1, lost: 1, wonValue: 0, missingRates: ["GBP"] },
      { weekStart: "2026-03-02", label: "2 Mar", won: 2, lost: 0, wonValue: 28_000, missingRates: [] },
    ]);
    expect((await dealsClosedByWeek({ timeZone: "Asia/Tokyo", now, ownerId: me.id }, 2))[1]).toMatchObject({ won: 3, wonValue: 29_000 });
  });
});

describe("leads by status", () => {
  it("counts open leads per status of the lead pipeline, for the owner and the lead filters", async () => {
    const me = await createTestUser("SALES", "UTC");
    const other = await createTestUser("SALES", "UTC");
    const stages = await leadStages();
    const lead = (stage: string, data: { ownerId?: string; niche?: string; convertedAt?: Date; createdAt?: Date } = {}) =>
      getDb().lead.create({ data: { name: "Lead", stageId: stages[stage], ownerId: me.id, ...data } });
    await lead("New", { niche: "Dentists", createdAt: day("2026-01-10T00:00:00Z") });
    await lead("New", { createdAt: day("2026-02-10T00:00:00Z") });
    await lead("Contacted", { niche: "Dentists", createdAt: day("2026-02-10T00:00:00Z") });
    await lead("Contacted", { convertedAt: day("2026-02-11T00:00:00Z") }); // converted: not open
    await lead("Contacted", { ownerId: other.id });
    const filters = { timeZone: "UTC", now: day("2026-03-01T00:00:00Z"), ownerId: me.id };

    const counts = await leadsByStatus(filters);
    expect(counts.map((s) => s.name)).toEqual(["New", "Contacted", "Replied", "Qualified", "Proposal Sent", "Won", "Lost"]);
    expect(counts.map((s) => s.count)).toEqual([2, 1, 0, 0, 0, 0, 0]);
    expect(counts[0]).toEqual({ stageId: stages.New, name: "New", color: "#64748b", count: 2 });
    expect((await leadsByStatus({ ...filters, niche: "Dentists" })).map((s) => s.count)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect((await leadsByStatus({ ...filters, leadStatusId: stages.New })).map((s) => s.count)).toEqual([2, 0, 0, 0, 0, 0, 0]);
    expect((await leadsByStatus({ ...filters, from: day("2026-02-01T00:00:00Z"), to: day("2026-03-01T00:00:00Z") })).map((s) => s.count)).toEqual([1, 1, 0, 0, 0, 0, 0]);
  });
});

describe("MRR overview", () => {
  it("gives MRR and its movements per month on hand-computed cases, converted to the base currency, for the owner or the team", async () => {
    const me = await createTestUser("ADMIN", "UTC");
    const colleague = await createTestUser("SALES", "UTC");
    // Upgrade: SaaS 50.00 until 1 February, then 80.00.
    const upgrade = await company(me.id, "Upgrade");
    await line(upgrade, { kind: "SAAS", amount: 5_000, startsAt: "2025-12-10T00:00:00Z", endsAt: "2026-02-01T00:00:00Z" });
    await line(upgrade, { kind: "SAAS", amount: 8_000, startsAt: "2026-02-01T00:00:00Z" });
    // Downgrade: hosting 30.00, then 20.00 from 1 March.
    const downgrade = await company(me.id, "Downgrade");
    await line(downgrade, { amount: 3_000, startsAt: "2025-11-01T00:00:00Z", endsAt: "2026-03-01T00:00:00Z" });
    await line(downgrade, { amount: 2_000, startsAt: "2026-03-01T00:00:00Z" });
    // Cancel: hosting 40.00 cancelled on 20 January (mid-month: gone at January's end).
    const cancel = await company(me.id, "Cancel");
    await line(cancel, { amount: 4_000, startsAt: "2025-06-01T00:00:00Z", endsAt: "2026-01-20T00:00:00Z" });
    // Reactivate: hosting 15.00 May–July 2025, back from 15 February 2026 (mid-month start: counts in February).
    const reactivate = await company(me.id, "Reactivate");
    await line(reactivate, { amount: 1_500, startsAt: "2025-05-01T00:00:00Z", endsAt: "2025-08-01T00:00:00Z" });
    await line(reactivate, { amount: 1_500, startsAt: "2026-02-15T00:00:00Z" });
    // Annual SaaS plan of 1,200.00 from 15 March: 100.00 a month, new in March.
    const annual = await company(me.id, "Annual");
    await line(annual, { kind: "SAAS", amount: 120_000, billingPeriod: "YEAR", startsAt: "2026-03-15T00:00:00Z" });
    // Dollars at 0.9 (10.00 USD = 9.00 EUR); pounds have no rate and are left out of the totals.
    const dollars = await company(me.id, "Dollars");
    await line(dollars, { amount: 1_000, currency: "USD", startsAt: "2025-01-01T00:00:00Z" });
    const pounds = await company(me.id, "Pounds");
    await line(pounds, { amount: 9_900, currency: "GBP", startsAt: "2025-01-01T00:00:00Z" });
    // A colleague's client: only in the team view.
    await line(await company(colleague.id, "Colleague's"), { amount: 700, startsAt: "2025-01-01T00:00:00Z" });
    const now = day("2026-04-15T12:00:00Z");

    const mine = await mrrOverview({ timeZone: "UTC", now, ownerId: me.id }, 4);
    expect(mine.base).toBe("EUR");
    expect(mine.missingRates).toEqual(["GBP"]);
    const zero = { new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0 };
    expect(mine.series.map((m) => ({ key: m.key, start: m.start, end: m.end, movements: m.movements, customers: m.customers }))).toEqual([
      { key: "2026-01", start: 12_900, end: 8_900, movements: { ...zero, churn: 4_000 }, customers: 3 },
      { key: "2026-02", start: 8_900, end: 13_400, movements: { ...zero, expansion: 3_000, reactivation: 1_500 }, customers: 4 },
      { key: "2026-03", start: 13_400, end: 22_400, movements: { ...zero, new: 10_000, contraction: 1_000 }, customers: 5 },
      { key: "2026-04", start: 22_400, end: 22_400, movements: zero, customers: 5 },
    ]);
    for (const m of mine.series) {
      expect(m.end).toBe(m.start + m.movements.new + m.movements.expansion + m.movements.reactivation - m.movements.contraction - m.movements.churn);
    }
    expect(mine.current).toEqual({ hosting: 4_400, saas: 18_000, total: 22_400 });
    expect(mine.byCurrency.map((c) => [c.currency, c.series.map((m) => m.end)])).toEqual([
      ["EUR", [8_000, 12_500, 21_500, 21_500]],
      ["GBP", [9_900, 9_900, 9_900, 9_900]],
      ["USD", [1_000, 1_000, 1_000, 1_000]],
    ]);
    expect(mine.currentByCurrency).toEqual([
      { currency: "EUR", total: 21_500 },
      { currency: "GBP", total: 9_900 },
      { currency: "USD", total: 1_000 },
    ]);

    const team = await mrrOverview({ timeZone: "UTC", now }, 4);
    expect(team.series.map((m) => m.end)).toEqual([9_600, 14_100, 23_100, 23_100]);
    expect(team.current.total).toBe(23_100);
    // Twelve months by default, ending with the current one.
    expect((await mrrOverview({ timeZone: "UTC", now, ownerId: me.id })).series.map((m) => m.key)).toEqual([
      "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04",
    ]);
  });
});

describe("revenue forecast", () => {
  it("adds MRR at each month's end, open deals' weighted value by expected close and unpaid projects by payment due date, in the base currency", async () => {
    const me = await createTestUser("ADMIN", "UTC");
    const client = await company(me.id, "Forecast client");
    await line(client, { amount: 2_000, startsAt: "2030-01-01T00:00:00Z" });
    await line(client, { kind: "SAAS", amount: 9_000, billingPeriod: "QUARTER", startsAt: "2030-02-10T00:00:00Z" }); // 30.00 a month from February
    await line(client, { amount: 1_000, startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-03-15T00:00:00Z" }); // gone by March's end
    const pipeline = await createDealPipeline();
    await deal(pipeline, "Lead in", { ownerId: me.id, value: 100_000, probability: 10, expectedCloseAt: "2030-01-31T23:00:00Z" });
    await deal(pipeline, "Proposal", { ownerId: me.id, value: 4_000, probability: 50, currency: "USD", expectedCloseAt: "2030-02-10T00:00:00Z" });
    await deal(pipeline, "Proposal", { ownerId: me.id, value: 4_000, probability: 50, currency: "GBP", expectedCloseAt: "2030-03-10T00:00:00Z" });
    await deal(pipeline, "Won", { ownerId: me.id, value: 100_000, probability: 100, expectedCloseAt: "2030-01-10T00:00:00Z" }); // closed: not forecast
    await deal(pipeline, "Proposal", { ownerId: me.id, value: 100_000, probability: 50, expectedCloseAt: "2030-04-01T00:00:00Z" }); // after the window
    const project = (status: "QUOTED" | "IN_PROGRESS" | "COMPLETED" | "PAID", amount: number, paymentDueAt: string, currency = "EUR") =>
      getDb().project.create({ data: { name: status, companyId: client, status, amount, currency, paymentDueAt: day(paymentDueAt) } });
    await project("QUOTED", 50_000, "2030-02-15T00:00:00Z");
    await project("IN_PROGRESS", 30_000, "2030-03-01T00:00:00Z");
    await project("COMPLETED", 10_000, "2030-01-05T00:00:00Z", "USD");
    await project("PAID", 99_999, "2030-01-05T00:00:00Z"); // paid already: not forecast
    const now = day("2030-01-20T12:00:00Z");

    expect(await revenueForecast({ timeZone: "UTC", now, ownerId: me.id })).toEqual({
      base: "EUR",
      missingRates: ["GBP"],
      months: [
        { key: "2030-01", label: "Jan 2030", recurring: 3_000, weightedDeals: 10_000, scheduledProjects: 9_000, total: 22_000 },
        { key: "2030-02", label: "Feb 2030", recurring: 6_000, weightedDeals: 1_800, scheduledProjects: 50_000, total: 57_800 },
        { key: "2030-03", label: "Mar 2030", recurring: 5_000, weightedDeals: 0, scheduledProjects: 30_000, total: 35_000 },
      ],
    });
    // The months follow the user's calendar: in New York the deal expected on 1 April 00:00 UTC
    // closes on 31 March (20:00 local), inside the window.
    const newYork = await revenueForecast({ timeZone: "America/New_York", now, ownerId: me.id });
    expect(newYork.months.map((m) => m.weightedDeals)).toEqual([10_000, 1_800, 50_000]);
    // Another owner's forecast has none of it.
    const other = await createTestUser("SALES", "UTC");
    expect((await revenueForecast({ timeZone: "UTC", now, ownerId: other.id })).months.map((m) => m.total)).toEqual([0, 0, 0]);
  });
});
