import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { countNewLeads } from "@/server/services/dashboard/count-new-leads";
import { countOutreach } from "@/server/services/dashboard/count-outreach";
import { loadDashboard } from "@/server/services/dashboard/load-dashboard";
import { saveDashboardLayout } from "@/server/services/dashboard/save-dashboard-layout";
import { createDealPipeline } from "../support/board-factories";
import { createTestUser, leadStages } from "../support/factories";

beforeAll(async () => {
  await getDb().exchangeRate.create({ data: { currency: "USD", rate: 0.9 } });
});

const at = (iso: string) => new Date(iso);

describe("this week and this month in the user's time zone", () => {
  // Sunday 1 March 2026, 23:30 in Tokyo (UTC+9), 14:30 in UTC.
  const now = at("2026-03-01T14:30:00Z");
  const instants = [
    "2026-02-22T14:59:59Z", // Sunday 22 February, 23:59:59 in Tokyo: last week, February
    "2026-02-22T15:00:00Z", // Monday 23 February, 00:00 in Tokyo: this week, February
    "2026-02-28T14:59:59Z", // Saturday 28 February, 23:59:59 in Tokyo: this week, February
    "2026-02-28T15:00:00Z", // Sunday 1 March, 00:00 in Tokyo: this week, March, today
    "2026-03-01T14:00:00Z", // Sunday 1 March, 23:00 in Tokyo: this week, March, today
  ];

  it("counts new leads (converted or not) from Monday and from the first of the month", async () => {
    const me = await createTestUser("SALES", "Asia/Tokyo");
    const stages = await leadStages();
    for (const [i, createdAt] of instants.entries()) {
      await getDb().lead.create({ data: { name: `Lead ${i}`, stageId: stages.New, ownerId: me.id, createdAt: at(createdAt), convertedAt: i === 4 ? now : null } });
    }
    expect(await countNewLeads({ timeZone: "Asia/Tokyo", now, ownerId: me.id })).toEqual({ week: 4, month: 2 });
    // In UTC it is Sunday afternoon: the week began on 23 February at 00:00 UTC, March at 1 March 00:00 UTC.
    expect(await countNewLeads({ timeZone: "UTC", now, ownerId: me.id })).toEqual({ week: 3, month: 1 });
  });

  it("counts outreach today, this week and this month, outbound only", async () => {
    const me = await createTestUser("SALES", "Asia/Tokyo");
    for (const occurredAt of instants) await getDb().activity.create({ data: { type: "CALL", direction: "OUTBOUND", authorId: me.id, occurredAt: at(occurredAt) } });
    await getDb().activity.create({ data: { type: "EMAIL", direction: "INBOUND", authorId: me.id, occurredAt: at("2026-03-01T14:00:00Z") } });
    expect(await countOutreach({ timeZone: "Asia/Tokyo", now, ownerId: me.id })).toEqual({ today: 2, week: 4, month: 2 });
    expect(await countOutreach({ timeZone: "UTC", now, ownerId: me.id })).toEqual({ today: 1, week: 3, month: 1 });
  });
});

describe("revenue widgets", () => {
  it("counts new clients by their first revenue this month, and sums paid projects, quotes, potential revenue and pipeline value in the base currency", async () => {
    const me = await createTestUser("ADMIN", "UTC");
    const db = getDb();
    const now = at("2026-06-15T12:00:00Z");
    const company = async (status: "CLIENT" | "PROSPECT" = "CLIENT") => (await db.company.create({ data: { name: "Co", status, ownerId: me.id }, select: { id: true } })).id;
    const project = (companyId: string, data: { status: "QUOTED" | "PAID" | "IN_PROGRESS"; amount: number; currency?: string; createdAt?: string; paidAt?: string }) =>
      db.project.create({ data: { name: "Site", companyId, status: data.status, amount: data.amount, currency: data.currency ?? "EUR", createdAt: at(data.createdAt ?? "2026-06-02T00:00:00Z"), paidAt: data.paidAt ? at(data.paidAt) : null } });
    // New this month: a first project on 2 June; a first recurring line starting on 20 June.
    const firstProject = await company();
    await project(firstProject, { status: "PAID", amount: 100_000, paidAt: "2026-06-10T00:00:00Z" });
    const firstLine = await company();
    await db.recurringLine.create({ data: { companyId: firstLine, kind: "HOSTING", amount: 2_000, startsAt: at("2026-06-20T00:00:00Z") } });
    // Not new: revenue since May; a prospect; a client whose first project is next month.
    const older = await company();
    await project(older, { status: "PAID", amount: 50_000, currency: "USD", createdAt: "2026-05-20T00:00:00Z", paidAt: "2026-06-01T00:00:00Z" });
    await project(older, { status: "QUOTED", amount: 30_000, createdAt: "2026-06-05T00:00:00Z" });
    await project(await company("PROSPECT"), { status: "QUOTED", amount: 10_000, currency: "USD" });
    await project(await company(), { status: "PAID", amount: 9_900, currency: "GBP", createdAt: "2026-07-01T00:00:00Z", paidAt: "2026-05-31T23:59:59Z" });
    const pipeline = await createDealPipeline();
    const deal = (stage: string, value: number, probability: number, currency = "EUR") =>
      db.deal.create({ data: { title: stage, pipelineId: pipeline.id, stageId: pipeline.stages[stage], ownerId: me.id, value, currency, probability, weightedValue: Math.round((value * probability) / 100) } });
    await deal("Lead in", 100_000, 10);
    await deal("Proposal", 40_000, 50, "USD");
    await deal("Proposal", 5_000, 50, "GBP");
    await deal("Won", 70_000, 100);

    const { data } = await loadDashboard(me, "my", now);
    expect(data["new-clients"]).toBe(2);
    // 1,000.00 EUR + 500.00 USD at 0.9; the GBP project was paid in May.
    expect(data["project-revenue"]).toEqual({ base: "EUR", count: 2, total: 145_000, missingRates: [] });
    expect(data["quotes-pending"]).toEqual({ count: 2, total: 39_000, missingRates: [] });
    // Weighted: 100.00 + 200.00 USD × 0.9 (GBP has no rate); quotes 390.00.
    expect(data["potential-revenue"]).toEqual({ weightedDeals: 28_000, quotedProjects: 39_000, total: 67_000, missingRates: ["GBP"] });
    expect(data["pipeline-value"]!.pipelines.find((p) => p.pipelineId === pipeline.id)).toEqual({ pipelineId: pipeline.id, name: expect.any(String), count: 3, value: 136_000, weightedValue: 28_000 });
    expect(data["pipeline-value"]!.missingRates).toEqual(["GBP"]);
    expect(data.mrr).toEqual({ base: "EUR", missingRates: [], hosting: 0, saas: 0, total: 0, byCurrency: [{ currency: "EUR", total: 0 }] });
  });
});

describe("my and team views, and the layout", () => {
  it("scopes figures to the viewer's records in My, shows everyone's in Team for managers, and never Team for sales", async () => {
    const manager = await createTestUser("MANAGER", "UTC");
    const sales = await createTestUser("SALES", "UTC");
    const stages = await leadStages();
    const now = at("2027-02-10T12:00:00Z");
    const before = await loadDashboard(manager, "team", now);
    await getDb().lead.create({ data: { name: "Sales lead", stageId: stages.New, ownerId: sales.id, createdAt: at("2027-02-09T12:00:00Z") } });
    await getDb().activity.create({ data: { type: "CALL", direction: "OUTBOUND", authorId: sales.id, occurredAt: at("2027-02-10T09:00:00Z") } });

    const team = await loadDashboard(manager, "team", now);
    expect(team.view).toBe("team");
    expect(team.data["new-leads"]!.week).toBe(before.data["new-leads"]!.week + 1);
    expect(team.data.outreach!.today).toBe(before.data.outreach!.today + 1);
    const mine = await loadDashboard(manager, "my", now);
    expect(mine.data["new-leads"]).toEqual({ week: 0, month: 0 });
    expect(mine.data.outreach).toEqual({ today: 0, week: 0, month: 0 });
    expect(mine.data["leads-by-status"]!.every((s) => s.count === 0)).toBe(true);

    const asSales = await loadDashboard(sales, "team", now);
    expect(asSales.view).toBe("my");
    expect(asSales.canSeeTeam).toBe(false);
    expect(asSales.data["new-leads"]).toEqual({ week: 1, month: 1 });
    expect(asSales.data.outreach).toEqual({ today: 1, week: 1, month: 1 });
    expect(asSales.data["leads-by-status"]!.find((s) => s.name === "New")!.count).toBe(1);
    expect(asSales.data["outreach-by-week"]!.at(-1)!.total).toBe(1);
  });

  it("saves a user's order and hidden widgets, and loads only the shown ones", async () => {
    const me = await createTestUser("ADMIN", "UTC");
    const saved = await saveDashboardLayout(me, [
      { id: "mrr", hidden: false },
      { id: "outreach-by-week", hidden: true },
    ]);
    expect(saved.slice(0, 3)).toEqual([
      { id: "mrr", hidden: false },
      { id: "outreach-by-week", hidden: true },
      { id: "follow-ups", hidden: false },
    ]);
    const dashboard = await loadDashboard(me, "my", new Date());
    expect(dashboard.layout).toEqual(saved);
    expect(dashboard.data["outreach-by-week"]).toBeUndefined();
    expect(dashboard.data.mrr).toBeDefined();
    expect(Object.keys(dashboard.data)).toHaveLength(saved.length - 1);
  });

  it("refuses unknown widgets, repeats and malformed layouts with field errors", async () => {
    const me = await createTestUser("SALES", "UTC");
    const refusal = async (input: unknown) => {
      const error = await saveDashboardLayout(me, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return Object.keys((error as ValidationError).fieldErrors);
    };
    expect(await refusal([{ id: "nope", hidden: false }])).toContain("0.id");
    expect(await refusal([{ id: "mrr", hidden: false }, { id: "mrr", hidden: true }])).toContain("1.id");
    expect(await refusal([{ id: "mrr", hidden: "yes" }])).toContain("0.hidden");
    await refusal("mrr");
    await refusal(Array.from({ length: 100 }, () => ({ id: "mrr", hidden: false })));
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: me.id }, select: { dashboardLayout: true } });
    expect(stored.dashboardLayout).toBeNull();
  });
});
