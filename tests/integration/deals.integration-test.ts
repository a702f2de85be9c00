import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseDealListQuery } from "@/lib/validation/deal";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { createCompany } from "@/server/services/companies/create-company";
import { softDeleteCompany } from "@/server/services/companies/soft-delete-company";
import { updateCompany } from "@/server/services/companies/update-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { createDeal } from "@/server/services/deals/create-deal";
import { deleteDeal } from "@/server/services/deals/delete-deal";
import { exportDealsCsv } from "@/server/services/deals/export-deals-csv";
import { getDeal } from "@/server/services/deals/get-deal";
import { listDeals } from "@/server/services/deals/list-deals";
import { listRelatedDeals } from "@/server/services/deals/list-related-deals";
import { moveDeal } from "@/server/services/deals/move-deal";
import { updateDeal } from "@/server/services/deals/update-deal";
import { createLead } from "@/server/services/leads/create-lead";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { columnOrder, createDealPipeline } from "../support/board-factories";
import { createTestUser, leadStages, uniqueTag, type TestActor } from "../support/factories";
import { corruptEachField, idOf, readColumn, tagNames } from "../support/hostile-values";

/** The default deal pipeline ("Sales") and its stage ids by name. */
async function salesPipeline() {
  const id = await ensureDealPipeline();
  const stages = await getDb().stage.findMany({ where: { pipelineId: id }, select: { id: true, name: true } });
  return { id, stages: Object.fromEntries(stages.map((s) => [s.name, s.id])) as Record<string, string> };
}

/** A deals list query from URL-style params, as the page would parse it. */
const query = (params: Record<string, string | string[]> = {}) => parseDealListQuery(params);

/** A full deal form for `updateDeal` (it replaces every field). */
const form = (fields: Record<string, unknown>) => ({ title: "Deal", value: 0, currency: "EUR", probability: null, tags: [], ...fields });

describe("deals", () => {
  it("creates a deal in the default pipeline's first open stage with its derived columns", async () => {
    const admin = await createTestUser("ADMIN", "Europe/Nicosia");
    const sales = await salesPipeline();
    const { id: companyId } = await createCompany(admin, { name: "Latchi Marina Ltd" });
    const contact = await createContact(admin, { firstName: "Maria", companyId });
    const now = new Date("2026-03-10T08:00:00Z");
    const { id } = await createDeal(
      admin,
      { title: "Website Relaunch", value: 12_500.5, currency: "eur", expectedCloseDay: "2026-04-30", companyId, contactId: contact.id, tags: ["web", "web", "q2"] },
      now,
    );
    const deal = await getDb().deal.findUniqueOrThrow({ where: { id }, include: { tags: true } });
    expect(deal).toMatchObject({
      pipelineId: sales.id,
      stageId: sales.stages.Qualified,
      value: 1_250_050,
      currency: "EUR",
      probability: 10,
      probabilityOverridden: false,
      weightedValue: 125_005,
      companyId,
      contactId: contact.id,
      ownerId: admin.id,
      searchText: "website relaunch latchi marina ltd",
      closedAt: null,
    });
    expect(deal.stageChangedAt.toISOString()).toBe(now.toISOString());
    // Midnight in Nicosia (UTC+3 in summer time) is 21:00 UTC the day before.
    expect(deal.expectedCloseAt?.toISOString()).toBe("2026-04-29T21:00:00.000Z");
    expect(deal.tags.map((t) => t.name).sort()).toEqual(["q2", "web"]);
    expect(await getDb().auditLog.count({ where: { entityType: "Deal", entityId: id, action: "create" } })).toBe(1);

    const detail = await getDeal(id);
    expect(detail.pipeline.stages.map((s) => s.name)).toEqual(["Qualified", "Meeting", "Proposal", "Negotiation", "Won", "Lost"]);
    expect((await listRelatedDeals({ companyId })).deals.map((d) => d.id)).toEqual([id]);
    expect((await listRelatedDeals({ contactId: contact.id })).total).toBe(1);
  });

  it("puts each new deal at the top of its column", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const ids: string[] = [];
    for (const title of ["First", "Second", "Third"]) ids.push((await createDeal(admin, { title, stageId: pipeline.stages.Proposal })).id);
    expect(await columnOrder(pipeline.stages.Proposal)).toEqual([...ids].reverse());
    expect(await getDb().deal.count({ where: { pipelineId: pipeline.id, stageId: pipeline.stages["Lead in"] } })).toBe(0);
  });

  it("refuses a closed or foreign start stage and a pipeline that is not a deal pipeline", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const other = await createDealPipeline();
    await leadStages();
    const leadPipeline = await getDb().pipeline.findFirstOrThrow({ where: { kind: "LEAD" }, select: { id: true, stages: { select: { id: true } } } });
    const before = await getDb().deal.count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ stageId: pipeline.stages.Won }, "stageId"],
      [{ pipelineId: other.id, stageId: pipeline.stages.Proposal }, "stageId"],
      [{ stageId: leadPipeline.stages[0].id }, "stageId"],
      [{ pipelineId: leadPipeline.id }, "pipelineId"],
      [{ pipelineId: "no-such-pipeline" }, "pipelineId"],
    ];
    for (const [where, field] of cases) {
      const error = await createDeal(admin, { title: "Nope", ...where }).catch((e) => e);
      expect(error, JSON.stringify(where)).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
    }
    expect(await getDb().deal.count()).toBe(before);
  });

  it("follows the stage's default probability unless overridden, keeping the weighted value in step", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const { id } = await createDeal(admin, { title: "Override", value: 1000, probability: 35, stageId: pipeline.stages["Lead in"] });
    expect(await getDb().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ probability: 35, probabilityOverridden: true, weightedValue: 35_000 });

    // A move keeps the override.
    await moveDeal(admin, { dealId: id, stageId: pipeline.stages.Proposal });
    expect(await getDb().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ probability: 35, weightedValue: 35_000 });

    // Clearing it goes back to the stage's default (Proposal: 50 %).
    await updateDeal(admin, id, form({ title: "Override", value: 1000.01 }));
    expect(await getDb().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ probability: 50, probabilityOverridden: false, value: 100_001, weightedValue: 50_001 });

    await updateDeal(admin, id, form({ title: "Override", value: 1000.01, probability: 0 }));
    expect(await getDb().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ probability: 0, probabilityOverridden: true, weightedValue: 0 });
  });

  it("lets SALES edit and delete only its own deals and never hand them to others", async () => {
    const manager = await createTestUser("MANAGER");
    const sales = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const pipeline = await createDealPipeline();
    // SALES owns what it creates, whatever owner it asks for.
    const own = await createDeal(sales, { title: "Mine", ownerId: manager.id, stageId: pipeline.stages.Proposal });
    expect((await getDb().deal.findUniqueOrThrow({ where: { id: own.id } })).ownerId).toBe(sales.id);
    const foreign = await createDeal(manager, { title: "Theirs", ownerId: other.id, stageId: pipeline.stages.Proposal });
    const before = await getDb().deal.findUniqueOrThrow({ where: { id: foreign.id } });

    await expect(updateDeal(sales, foreign.id, form({ title: "Taken" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteDeal(sales, foreign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moveDeal(sales, { dealId: foreign.id, stageId: pipeline.stages.Won, reason: "mine now" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().deal.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(before);

    await updateDeal(sales, own.id, form({ title: "Still mine", ownerId: manager.id }));
    expect(await getDb().deal.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ title: "Still mine", ownerId: sales.id });

    await updateDeal(manager, foreign.id, form({ title: "Reassigned", ownerId: sales.id }));
    expect((await getDb().deal.findUniqueOrThrow({ where: { id: foreign.id } })).ownerId).toBe(sales.id);
    await deleteDeal(sales, foreign.id);
    await expect(getDeal(foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDeal(manager, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().auditLog.count({ where: { entityId: foreign.id, action: "delete" } })).toBe(1);
  });

  it("checks the company, contact, lead and owner it links to", async () => {
    const admin = await createTestUser();
    const { id: companyId } = await createCompany(admin, { name: "Linked Co" });
    const { id: otherCompanyId } = await createCompany(admin, { name: "Other Co" });
    const { id: goneCompanyId } = await createCompany(admin, { name: "Gone Co" });
    await softDeleteCompany(admin, goneCompanyId);
    const foreignContact = await createContact(admin, { firstName: "Olga", companyId: otherCompanyId });
    const loneContact = await createContact(admin, { firstName: "Lone" });
    const lead = await createLead(admin, { name: "Source Lead" });
    const before = await getDb().deal.count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ companyId: goneCompanyId }, "companyId"],
      [{ companyId: "no-such-company" }, "companyId"],
      [{ companyId, contactId: foreignContact.id }, "contactId"],
      [{ contactId: "no-such-contact" }, "contactId"],
      [{ leadId: "no-such-lead" }, "leadId"],
      [{ ownerId: "no-such-user" }, "ownerId"],
    ];
    for (const [links, field] of cases) {
      const error = await createDeal(admin, { title: "Linked", ...links }).catch((e) => e);
      expect(error, JSON.stringify(links)).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
    }
    expect(await getDb().deal.count()).toBe(before);

    const { id } = await createDeal(admin, { title: "Linked", companyId, contactId: loneContact.id, leadId: lead.id });
    expect(await getDb().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ companyId, contactId: loneContact.id, leadId: lead.id });
    expect((await listRelatedDeals({ leadId: lead.id })).deals.map((d) => d.id)).toEqual([id]);
  });

  it("keeps the search text in step with the title and the company's name", async () => {
    const admin = await createTestUser();
    const { id: companyId } = await createCompany(admin, { name: "Polis Bakery" });
    const { id } = await createDeal(admin, { title: "Online Shop", companyId });
    const search = (q: string) => listDeals(query({ q }), admin).then((r) => r.rows.map((d) => d.id));
    expect(await search("BAKERY")).toEqual([id]);

    await updateCompany(admin, companyId, { name: "Paphos Patisserie" });
    expect((await getDb().deal.findUniqueOrThrow({ where: { id } })).searchText).toBe("online shop paphos patisserie");
    expect(await search("bakery")).toEqual([]);
    expect(await search("patisserie")).toEqual([id]);

    await updateDeal(admin, id, form({ title: "Web Shop", companyId }));
    expect(await search("online")).toEqual([]);
    expect(await search("web shop paphos")).toEqual([id]);
  });

  it("lists deals by pipeline, stage, status, owner, tag, text and expected close range, sorted and paged", async () => {
    const admin = await createTestUser("ADMIN", "America/New_York");
    const sales = await createTestUser("SALES");
    const pipeline = await createDealPipeline();
    const tag = uniqueTag();
    const make = (title: string, fields: Record<string, unknown> = {}, actor: TestActor = admin) =>
      createDeal(actor, { title, stageId: pipeline.stages["Lead in"], tags: [tag], ...fields }).then((d) => d.id);
    const a = await make("Alpha", { value: 300, expectedCloseDay: "2026-05-01" });
    const b = await make("Bravo", { value: 100, expectedCloseDay: "2026-05-31", stageId: pipeline.stages.Proposal });
    const c = await make("Charlie", { value: 200, currency: "USD" }, sales);
    const d = await make("Delta", { value: 50, expectedCloseDay: "2026-06-01" });
    await moveDeal(admin, { dealId: d, stageId: pipeline.stages.Won, reason: "Signed" });
    await make("Echo (other tag)", { tags: [uniqueTag()] });

    const ids = async (params: Record<string, string | string[]>, viewer: TestActor = admin) =>
      (await listDeals(query({ tag, sort: "title", dir: "asc", ...params }), viewer)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([a, b, c, d]);
    expect(await ids({ pipeline: pipeline.id, stage: pipeline.stages.Proposal })).toEqual([b]);
    expect(await ids({ status: "won" })).toEqual([d]);
    expect(await ids({ status: "open" })).toEqual([a, b, c]);
    expect(await ids({ owner: "me" }, sales)).toEqual([c]);
    expect(await ids({ owner: sales.id })).toEqual([c]);
    expect(await ids({ q: "ALPH" })).toEqual([a]);
    // The range is in the viewer's time zone and includes both days.
    expect(await ids({ closeFrom: "2026-05-01", closeTo: "2026-05-31" })).toEqual([a, b]);
    expect(await ids({ closeFrom: "2026-05-02" })).toEqual([b, d]);
    expect(await ids({ closeTo: "2026-05-01" })).toEqual([a]);
    // Expected close sorts with deals without one last, in either direction.
    expect(await ids({ sort: "expectedCloseAt", dir: "desc" })).toEqual([d, b, a, c]);
    expect(await ids({ sort: "value", dir: "desc" })).toEqual([a, c, b, d]);
    expect(await ids({ sort: "title", pageSize: "25", page: "2" })).toEqual([]);

    const { total, totals } = await listDeals(query({ tag }), admin);
    expect(total).toBe(4);
    expect(totals).toEqual([
      { currency: "EUR", count: 3, value: 45_000, weightedValue: 3_000 + 5_000 + 5_000 },
      { currency: "USD", count: 1, value: 20_000, weightedValue: 2_000 },
    ]);
    // Malformed URL values fall back to defaults instead of failing.
    expect(query({ status: "bogus", closeFrom: "2026-13-45", sort: "nope", page: "-3" })).toMatchObject({ status: undefined, closeFrom: undefined, sort: "createdAt", page: 1 });
  });

  it("exports the filtered deals as CSV in major units, guarding against formulas", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const tag = uniqueTag();
    const { id: companyId } = await createCompany(admin, { name: "CSV Co" });
    await createDeal(admin, { title: "=HYPERLINK(\"x\")", value: 1234.5, stageId: pipeline.stages.Proposal, companyId, tags: [tag], expectedCloseDay: "2026-04-01" });
    await createDeal(admin, { title: "Filtered out", value: 1, stageId: pipeline.stages.Proposal });
    const csv = await exportDealsCsv(query({ tag }), admin);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parse(csv.slice(1)) as string[][];
    expect(header).toEqual(["Title", "Pipeline", "Stage", "Status", "Value", "Currency", "Probability", "Weighted value", "Expected close", "Company", "Contact", "Owner", "Tags", "Closed", "Close reason", "Created", "Id"]);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 14)).toEqual([`'=HYPERLINK("x")`, expect.any(String), "Proposal", "open", "1234.50", "EUR", "50", "617.25", "2026-04-01T00:00:00.000Z", "CSV Co", "", admin.name, tag, ""]);
  });

  it("refuses hostile values in every deal form field with a typed error and stores nothing", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const { id: dealId } = await createDeal(admin, { title: "Target", stageId: pipeline.stages.Proposal });
    const snapshot = async () => {
      const db = getDb();
      return Promise.all([
        db.deal.count(),
        db.tag.count(),
        db.auditLog.count(),
        db.deal.findUniqueOrThrow({ where: { id: dealId }, select: { updatedAt: true, title: true, value: true, probability: true } }),
      ]);
    };
    const valid = { title: "Valid", value: 10, currency: "EUR", probability: 20, expectedCloseDay: "2026-03-10", tags: ["t"] };
    const read = (id: string) => getDb().deal.findUnique({ where: { id }, include: { tags: true } });
    const columns = { expectedCloseDay: "expectedCloseAt", tags: tagNames };
    const stageDefault = (await getDb().stage.findUniqueOrThrow({ where: { id: pipeline.stages.Proposal } })).probability;
    const defaultStage = (await salesPipeline()).stages.Qualified; // the default pipeline's first open stage
    // Money is stored in minor units (no value is 0); no probability means the stage's default.
    const normalised = { value: (v: unknown) => (v === null ? 0 : Number(v) * 100), probability: (v: unknown) => v ?? stageDefault };
    const { fieldErrors } = await corruptEachField(
      [
        { name: "createDeal", valid: { ...valid, stageId: pipeline.stages.Proposal }, call: (i: never) => createDeal(admin, i),
          readBack: readColumn((r) => read(idOf(r)), columns),
          normalised: { ...normalised, stageId: (v: unknown) => v ?? defaultStage },
        },
        { name: "updateDeal", valid, call: (i: never) => updateDeal(admin, dealId, i), readBack: readColumn(() => read(dealId), columns), normalised },
      ],
      snapshot,
    );
    expect(fieldErrors).toBeGreaterThan(100);
    // Values past the 32-bit money column are refused, not overflowed.
    const error = await createDeal(admin, { title: "Huge", value: 21_474_836.48 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["value"]);
    await expect(updateDeal(admin, "not a valid id!", valid)).rejects.toBeInstanceOf(NotFoundError);
  });
});
