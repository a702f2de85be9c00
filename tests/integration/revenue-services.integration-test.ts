import { describe, expect, it } from "vitest";
import { zonedDay } from "@/lib/dates";
import { getDb } from "@/server/db";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { BUILT_IN_JOB_TYPES } from "@/server/jobs/job-types";
import { JOB_SCHEDULES } from "@/server/jobs/schedules";
import { createCompany } from "@/server/services/companies/create-company";
import { moveDeal } from "@/server/services/deals/move-deal";
import { winDeal } from "@/server/services/deals/win-deal";
import { cancelRecurringLine } from "@/server/services/revenue/cancel-recurring-line";
import { changeProjectType } from "@/server/services/revenue/change-project-type";
import { createProject } from "@/server/services/revenue/create-project";
import { createRecurringLine } from "@/server/services/revenue/create-recurring-line";
import { deleteProject } from "@/server/services/revenue/delete-project";
import { deleteRecurringLine } from "@/server/services/revenue/delete-recurring-line";
import { DEFAULT_PROJECT_TYPES, ensureDefaultProjectTypes } from "@/server/services/revenue/ensure-default-project-types";
import { getCompanyRevenue } from "@/server/services/revenue/get-company-revenue";
import { listProjectTypes } from "@/server/services/revenue/list-project-types";
import { refreshAllCompanyRevenue } from "@/server/services/revenue/refresh-all-company-revenue";
import { saveProjectType } from "@/server/services/revenue/save-project-type";
import { updateProject } from "@/server/services/revenue/update-project";
import { updateRecurringLine } from "@/server/services/revenue/update-recurring-line";
import { updateRevenueCurrencies } from "@/server/services/revenue/update-revenue-currencies";
import { createDealPipeline, createTestDeal } from "../support/board-factories";
import { createTestUser, type TestActor } from "../support/factories";
import { HOSTILE_VALUES, corruptEachField, idOf, readColumn } from "../support/hostile-values";

const NOW = new Date("2026-06-15T12:00:00Z");

const figures = (companyId: string) =>
  getDb().company.findUniqueOrThrow({ where: { id: companyId }, select: { mrr: true, lifetimeRevenue: true, hostingActive: true, saasActive: true, status: true } });

async function newCompany(actor: TestActor, name = "Client") {
  return (await createCompany(actor, { name, status: "PROSPECT" })).id;
}

/** A valid project form for `companyId`, amounts in major units. */
/** (Typed loosely: the tests also send invalid values.) */
const projectForm = (companyId: string, fields: Record<string, unknown> = {}) => ({ companyId, name: "Website", amount: 1000, currency: "EUR", status: "QUOTED", ...fields }) as never;
const lineForm = (companyId: string, fields: Record<string, unknown> = {}) => ({ companyId, kind: "HOSTING", amount: 20, currency: "EUR", billingPeriod: "MONTH", startsDay: "2026-01-10", ...fields }) as never;

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("company revenue figures", () => {
  it("keeps lifetime revenue, MRR and the active flags in step with every write (hand-computed, pinned now)", async () => {
    const admin = await createTestUser("ADMIN");
    await updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: [{ currency: "USD", rate: 0.9 }] }, NOW);
    const id = await newCompany(admin);
    // 20/month from 10 Jan 2026: billed 10 Jan … 10 Jun = 6 × 20.
    const hosting = await createRecurringLine(admin, lineForm(id), NOW);
    expect(await figures(id)).toMatchObject({ mrr: 20_00, lifetimeRevenue: 120_00, hostingActive: true, saasActive: false });
    // 1,200/year from 1 Mar 2025: billed twice; MRR 100.
    await createRecurringLine(admin, lineForm(id, { kind: "SAAS", amount: 1200, billingPeriod: "YEAR", startsDay: "2025-03-01" }), NOW);
    // 300/quarter 15 Nov 2025 – 15 May 2026: billed 15 Nov and 15 Feb (not on its end day); no MRR now.
    await createRecurringLine(admin, lineForm(id, { kind: "RETAINER", amount: 300, billingPeriod: "QUARTER", startsDay: "2025-11-15", endsDay: "2026-05-15" }), NOW);
    // Paid projects count (USD at 0.9), a quote does not.
    await createProject(admin, projectForm(id, { amount: 5000, status: "PAID", paidDay: "2025-12-20" }), NOW);
    await createProject(admin, projectForm(id, { amount: 1000, currency: "USD", status: "PAID", paidDay: "2026-04-01" }), NOW);
    const quote = await createProject(admin, projectForm(id, { amount: 9999 }), NOW);
    expect(await figures(id)).toEqual({ mrr: 120_00, lifetimeRevenue: 120_00 + 2400_00 + 600_00 + 5000_00 + 900_00, hostingActive: true, saasActive: true, status: "PROSPECT" });

    // The page: per currency and in the base currency, this year in the viewer's time zone.
    const { summary, projects, lines } = await getCompanyRevenue(id, "UTC", NOW);
    expect(summary.byCurrency).toEqual([
      { currency: "EUR", lifetime: 8120_00, thisYear: 120_00 + 1200_00 + 300_00, mrr: 120_00 },
      { currency: "USD", lifetime: 1000_00, thisYear: 1000_00, mrr: 0 },
    ]);
    expect(summary.base).toEqual({ currency: "EUR", lifetime: 9020_00, thisYear: 1620_00 + 900_00, mrr: 120_00 });
    expect(summary.missingRates).toEqual([]);
    expect(projects).toHaveLength(3);
    expect(lines.map((l) => l.kind)).toEqual(["HOSTING", "SAAS", "RETAINER"]);

    // The quote is paid: today (no paid day given) in the acting user's time zone.
    await updateProject({ ...admin, timeZone: "Asia/Nicosia" }, quote.id, projectForm(id, { amount: 9999, status: "PAID" }), NOW);
    const paid = await getDb().project.findUniqueOrThrow({ where: { id: quote.id } });
    expect(paid.paidAt?.toISOString()).toBe("2026-06-14T21:00:00.000Z");
    expect((await figures(id)).lifetimeRevenue).toBe(9020_00 + 9999_00);
    // Back to completed: not paid any more.
    await updateProject(admin, quote.id, projectForm(id, { amount: 9999, status: "COMPLETED" }), NOW);
    expect((await getDb().project.findUniqueOrThrow({ where: { id: quote.id } })).paidAt).toBeNull();
    await deleteProject(admin, quote.id, NOW);
    expect((await figures(id)).lifetimeRevenue).toBe(9020_00);

    // Cancel hosting on 20 Jun: still active on the 15th; by 1 Jul it has churned.
    await cancelRecurringLine(admin, hosting.id, { endsDay: "2026-06-20" }, NOW);
    expect(await figures(id)).toMatchObject({ mrr: 120_00, hostingActive: true });
    await refreshAllCompanyRevenue(new Date("2026-07-01T00:00:00Z"));
    expect(await figures(id)).toMatchObject({ mrr: 100_00, hostingActive: false, saasActive: true, lifetimeRevenue: 9020_00 });
    // An upgrade of the hosting line: its new amount from the start.
    await updateRecurringLine(admin, hosting.id, { kind: "HOSTING", amount: 30, startsDay: "2026-01-10" }, NOW);
    expect(await figures(id)).toMatchObject({ mrr: 130_00, lifetimeRevenue: 9020_00 + 6 * 10_00 });
    await deleteRecurringLine(admin, hosting.id, NOW);
    expect(await figures(id)).toMatchObject({ mrr: 100_00, hostingActive: false, lifetimeRevenue: 9020_00 - 120_00 });
  });

  it("refreshes every company when the base currency or a rate changes, and leaves out currencies without a rate", async () => {
    const admin = await createTestUser("ADMIN");
    await updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: [{ currency: "USD", rate: 0.9 }] }, NOW);
    const id = await newCompany(admin);
    await createRecurringLine(admin, lineForm(id, { amount: 100, currency: "USD", startsDay: "2026-06-01" }), NOW);
    await createRecurringLine(admin, lineForm(id, { kind: "SAAS", amount: 50, currency: "GBP", startsDay: "2026-06-01" }), NOW);
    expect(await figures(id)).toMatchObject({ mrr: 90_00, lifetimeRevenue: 90_00 });
    const before = await getCompanyRevenue(id, "UTC", NOW);
    expect(before.summary.missingRates).toEqual(["GBP"]);

    await updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: [{ currency: "USD", rate: 0.8 }, { currency: "GBP", rate: 1.2 }] }, NOW);
    expect(await figures(id)).toMatchObject({ mrr: 80_00 + 60_00, lifetimeRevenue: 140_00 });
    // USD as base: EUR needs a rate then; GBP's is dropped.
    await updateRevenueCurrencies(admin, { baseCurrency: "USD", rates: [{ currency: "EUR", rate: 1.1 }] }, NOW);
    expect(await figures(id)).toMatchObject({ mrr: 100_00, lifetimeRevenue: 100_00 });
    expect(await getDb().exchangeRate.findMany({ select: { currency: true } })).toEqual([{ currency: "EUR" }]);
    await updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: [{ currency: "USD", rate: 0.9 }] }, NOW);

    // Admins only; bad rates are field errors.
    const manager = await createTestUser("MANAGER");
    await expect(updateRevenueCurrencies(manager, { baseCurrency: "EUR", rates: [] }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fieldErrorsOf(updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: [{ currency: "USD", rate: 0 }, { currency: "EUR", rate: 1 }, { currency: "usd", rate: 2 }] }, NOW))).toEqual({
      "rates.0.rate": ["A rate above 0, at most 1,000,000"],
      "rates.1.currency": ["The base currency needs no rate"],
      "rates.2.currency": ["Given twice"],
    });
    expect(await fieldErrorsOf(updateRevenueCurrencies(admin, { baseCurrency: "euro", rates: [] }, NOW))).toHaveProperty("baseCurrency");
  });

  it("registers the nightly REVENUE_REFRESH job", () => {
    expect(BUILT_IN_JOB_TYPES.map((t) => t.type)).toContain("REVENUE_REFRESH");
    expect(JOB_SCHEDULES.find((s) => s.job.type === "REVENUE_REFRESH")).toMatchObject({ cron: "7 0 * * *" });
  });
});

describe("projects and recurring lines", () => {
  it("validate their input as field errors", async () => {
    const admin = await createTestUser("ADMIN");
    const id = await newCompany(admin);
    expect(await fieldErrorsOf(createRecurringLine(admin, lineForm(id, { amount: 0, endsDay: "2026-01-10" }), NOW))).toEqual({ amount: ["Must be more than 0"], endsDay: ["Must be after the start date"] });
    expect(Object.keys(await fieldErrorsOf(createRecurringLine(admin, lineForm(id, { kind: "PHONE", billingPeriod: "WEEK", startsDay: null }), NOW))).sort()).toEqual(["billingPeriod", "kind", "startsDay"]);
    expect(await fieldErrorsOf(createProject(admin, projectForm(id, { amount: -1, name: " " }), NOW))).toEqual({ amount: ["Cannot be negative"], name: ["Project name is required"] });
    expect(await fieldErrorsOf(createProject(admin, projectForm("nosuchcompany"), NOW))).toEqual({ companyId: ["Choose a company"] });
    const line = await createRecurringLine(admin, lineForm(id), NOW);
    expect(await fieldErrorsOf(cancelRecurringLine(admin, line.id, { endsDay: "2025-12-31" }, NOW))).toEqual({ endsDay: ["Must be after the start date"] });
    expect(await getDb().project.count({ where: { companyId: id } })).toBe(0);
    expect(await getDb().recurringLine.count({ where: { companyId: id } })).toBe(1);
  });

  it("refuse hostile values in every form field with a typed error and store nothing", async () => {
    const admin = await createTestUser("ADMIN");
    await ensureDefaultProjectTypes();
    const id = await newCompany(admin);
    const snapshot = () => Promise.all([getDb().project.count(), getDb().recurringLine.count(), getDb().auditLog.count(), figures(id), getDb().exchangeRate.count(), getDb().projectType.count()]);
    const day = (date: unknown) => (date instanceof Date ? zonedDay(date, "UTC") : null);
    const minor = (v: unknown) => Number(v) * 100;
    const project = (r: unknown) => getDb().project.findUnique({ where: { id: idOf(r) } });
    const line = (r: unknown) => getDb().recurringLine.findUnique({ where: { id: idOf(r) } });
    const { fieldErrors } = await corruptEachField(
      [
        {
          name: "createProject",
          valid: { companyId: id, name: "Valid", typeId: null, amount: 10, currency: "EUR", status: "PAID", startedDay: "2026-03-01", completedDay: null, paidDay: "2026-03-10", paymentDueDay: null, ownerId: admin.id, notes: "n" },
          call: (i: never) => createProject(admin, i, NOW),
          readBack: readColumn(project, { startedDay: (r) => day(r.startedAt), completedDay: (r) => day(r.completedAt), paidDay: (r) => day(r.paidAt), paymentDueDay: (r) => day(r.paymentDueAt) }),
          normalised: { amount: minor, paidDay: (v) => v ?? "2026-06-15", ownerId: (v) => v ?? admin.id },
        },
        {
          name: "createRecurringLine",
          valid: { companyId: id, kind: "HOSTING", description: "d", amount: 10, currency: "EUR", billingPeriod: "MONTH", startsDay: "2026-01-01", endsDay: "2026-12-01" },
          call: (i: never) => createRecurringLine(admin, i, NOW),
          readBack: readColumn(line, { startsDay: (r) => day(r.startsAt), endsDay: (r) => day(r.endsAt) }),
          normalised: { amount: minor },
        },
        {
          name: "saveProjectType",
          valid: { name: "Branding" },
          call: (i: never) => saveProjectType(admin, null, i).then(async (r) => (await getDb().projectType.delete({ where: { id: r.id } }), r)),
          readBack: async (_r, _f, value) => value,
        },
      ],
      snapshot,
    );
    expect(fieldErrors).toBeGreaterThan(100);
    for (const value of HOSTILE_VALUES) {
      await expect(updateRevenueCurrencies(admin, { baseCurrency: value, rates: [] } as never, NOW)).rejects.toBeInstanceOf(ValidationError);
      // 42 is a fine rate.
      if (value !== 42) await expect(updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: [{ currency: "USD", rate: value }] } as never, NOW)).rejects.toBeInstanceOf(ValidationError);
      await expect(cancelRecurringLine(admin, value as never, { endsDay: "2026-07-01" }, NOW)).rejects.toMatchObject({ status: 404 });
    }
  });

  it("let SALES change only their own projects and the lines of their own companies", async () => {
    const manager = await createTestUser("MANAGER");
    const sales = await createTestUser("SALES");
    const managers = await newCompany(manager);
    const own = (await createCompany(sales, { name: "Mine" })).id;
    const project = await createProject(manager, projectForm(managers), NOW);
    await expect(updateProject(sales, project.id, projectForm(managers, { name: "Taken" }), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteProject(sales, project.id, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    // SALES owns what it creates, whoever it names.
    const salesProject = await createProject(sales, projectForm(managers, { ownerId: manager.id }), NOW);
    expect((await getDb().project.findUniqueOrThrow({ where: { id: salesProject.id } })).ownerId).toBe(sales.id);
    await updateProject(sales, salesProject.id, projectForm(managers, { name: "Renamed", ownerId: manager.id }), NOW);
    expect(await getDb().project.findUniqueOrThrow({ where: { id: salesProject.id }, select: { name: true, ownerId: true } })).toEqual({ name: "Renamed", ownerId: sales.id });
    await expect(createRecurringLine(sales, lineForm(managers), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const line = await createRecurringLine(sales, lineForm(own), NOW);
    const managersLine = await createRecurringLine(manager, lineForm(managers), NOW);
    await expect(cancelRecurringLine(sales, managersLine.id, { endsDay: "2026-07-01" }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await cancelRecurringLine(sales, line.id, { endsDay: "2026-07-01" }, NOW);
    expect(await getDb().auditLog.count({ where: { entityId: { in: [project.id, salesProject.id, line.id] } } })).toBe(5);
  });
});

describe("project types", () => {
  it("start with a default set once, and admins add, rename, reorder and archive them", async () => {
    const admin = await createTestUser("ADMIN");
    await ensureDefaultProjectTypes();
    expect(await ensureDefaultProjectTypes()).toBe(0);
    expect((await listProjectTypes()).map((t) => t.name)).toEqual([...DEFAULT_PROJECT_TYPES]);
    const hosting = await saveProjectType(admin, null, { name: "Maintenance" });
    expect(await fieldErrorsOf(saveProjectType(admin, null, { name: "SEO" }))).toEqual({ name: ["A project type of that name exists"] });
    await saveProjectType(admin, hosting.id, { name: "Care plan" });
    await changeProjectType(admin, hosting.id, "up");
    expect((await listProjectTypes()).map((t) => t.name)).toEqual(["Website", "Redesign", "SEO", "App", "Care plan", "Other"]);
    await changeProjectType(admin, hosting.id, "archive", NOW);
    expect((await listProjectTypes()).map((t) => t.name)).not.toContain("Care plan");
    expect((await listProjectTypes({ includeArchived: true })).find((t) => t.id === hosting.id)?.archivedAt).toEqual(NOW);
    // An archived type is not offered for new projects.
    const company = await newCompany(admin);
    expect(await fieldErrorsOf(createProject(admin, projectForm(company, { typeId: hosting.id }), NOW))).toEqual({ typeId: ["Choose a project type"] });
    await changeProjectType(admin, hosting.id, "restore");
    await createProject(admin, projectForm(company, { typeId: hosting.id }), NOW);
    const manager = await createTestUser("MANAGER");
    await expect(saveProjectType(manager, null, { name: "Nope" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeProjectType(manager, hosting.id, "archive")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("winning a deal from its page", () => {
  it("marks it won, makes its company a client and creates its project in one step, once per deal", async () => {
    const admin = await createTestUser("ADMIN");
    await ensureDefaultProjectTypes();
    const [website] = await listProjectTypes();
    const pipeline = await createDealPipeline();
    const dealId = await createTestDeal(pipeline, "Proposal", { title: "Acme site", value: 2500_00, companyName: "Acme", ownerId: admin.id });
    const deal = await getDb().deal.findUniqueOrThrow({ where: { id: dealId }, select: { companyId: true } });
    const companyId = deal.companyId!;

    const won = await winDeal(admin, { dealId, stageId: pipeline.stages.Won, reason: "Signed", project: { name: "Acme site", typeId: website.id, amount: 2500, currency: "EUR" } }, NOW);
    const project = await getDb().project.findUniqueOrThrow({ where: { id: won.projectId! } });
    expect(project).toMatchObject({ dealId, companyId, name: "Acme site", amount: 2500_00, status: "IN_PROGRESS", startedAt: NOW, ownerId: admin.id, typeId: website.id });
    expect((await figures(companyId)).status).toBe("CLIENT");
    expect(await getDb().deal.findUniqueOrThrow({ where: { id: dealId }, select: { closedAt: true, stageId: true } })).toEqual({ closedAt: NOW, stageId: pipeline.stages.Won });

    // Reopened and won again: one project per deal, and the refused step changes nothing.
    await moveDeal(admin, { dealId, stageId: pipeline.stages.Proposal }, NOW);
    expect(await fieldErrorsOf(winDeal(admin, { dealId, stageId: pipeline.stages.Won, reason: "Again", project: { name: "Twice", amount: 1 } }, NOW))).toEqual({ project: ["This deal already has a project"] });
    expect((await getDb().deal.findUniqueOrThrow({ where: { id: dealId } })).stageId).toBe(pipeline.stages.Proposal);
    // Without a project it is just won.
    expect(await winDeal(admin, { dealId, stageId: pipeline.stages.Won, reason: "Again" }, NOW)).toEqual({ projectId: null });

    // Only a WON stage; a project needs the deal's company; project fields are checked.
    const other = await createTestDeal(pipeline, "Lead in", { ownerId: admin.id });
    expect(await fieldErrorsOf(winDeal(admin, { dealId: other, stageId: pipeline.stages.Lost, reason: "x" }, NOW))).toEqual({ stageId: ["Choose a won stage"] });
    expect(await fieldErrorsOf(winDeal(admin, { dealId: other, stageId: pipeline.stages.Won, reason: "x", project: { name: "P", amount: 1 } }, NOW))).toHaveProperty("project");
    expect(await fieldErrorsOf(winDeal(admin, { dealId: other, stageId: pipeline.stages.Won, reason: "x", project: { name: "", amount: -5 } }, NOW))).toEqual({
      "project.name": ["Project name is required"],
      "project.amount": ["Cannot be negative"],
    });
    expect((await getDb().deal.findUniqueOrThrow({ where: { id: other } })).stageId).toBe(pipeline.stages["Lead in"]);
    // SALES cannot win someone else's deal.
    const sales = await createTestUser("SALES");
    await expect(winDeal(sales, { dealId: other, stageId: pipeline.stages.Won, reason: "x" }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
