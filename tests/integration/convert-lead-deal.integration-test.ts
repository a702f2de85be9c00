import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { convertLead } from "@/server/services/leads/convert-lead";
import { createLead } from "@/server/services/leads/create-lead";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { createDealPipeline } from "../support/board-factories";
import { createTestUser } from "../support/factories";

/** Everything a conversion writes, to prove a failed one wrote nothing. */
async function snapshot(leadId: string) {
  const db = getDb();
  return {
    companies: await db.company.count(),
    contacts: await db.contact.count(),
    deals: await db.deal.count(),
    activities: await db.activity.count(),
    audit: await db.auditLog.count(),
    lead: await db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { convertedAt: true, companyId: true, contactId: true, stageId: true } }),
  };
}

describe("converting a lead with a deal", () => {
  it("creates the deal from the lead in the same step, linked to the company, contact and lead", async () => {
    const sales = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const lead = await createLead(sales, { name: "Kouklia Olive Press", contactName: "Andreas Ioannou", estimatedValue: 2400.5, currency: "GBP" });
    const defaultPipeline = await ensureDealPipeline();
    const now = new Date("2026-03-10T12:00:00Z");

    // Converted by a manager: the new records still belong to the lead's owner.
    const result = await convertLead(manager, { leadId: lead.id, createDeal: true }, now);
    expect(result.dealId).toEqual(expect.any(String));
    const deal = await getDb().deal.findUniqueOrThrow({ where: { id: result.dealId! }, include: { stage: true } });
    expect(deal).toMatchObject({
      title: "Kouklia Olive Press",
      value: 240_050,
      currency: "GBP",
      pipelineId: defaultPipeline,
      probability: 10,
      weightedValue: 24_005,
      companyId: result.companyId,
      contactId: result.contactId,
      leadId: lead.id,
      ownerId: sales.id,
      searchText: "kouklia olive press kouklia olive press",
    });
    expect(deal.stage).toMatchObject({ name: "Qualified", kind: "OPEN" });
    expect(deal.stageChangedAt.toISOString()).toBe(now.toISOString());
    const converted = await getDb().activity.findFirstOrThrow({ where: { leadId: lead.id, type: "CONVERTED" } });
    expect(converted.data).toMatchObject({ dealId: deal.id });
  });

  it("takes the title, value, currency and stage given", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const lead = await createLead(admin, { name: "Peyia Dive Centre" });
    const { dealId } = await convertLead(admin, {
      leadId: lead.id,
      createDeal: true,
      dealTitle: "Booking site",
      dealValue: 800,
      dealCurrency: "usd",
      dealStageId: pipeline.stages.Proposal,
    });
    expect(await getDb().deal.findUniqueOrThrow({ where: { id: dealId! } })).toMatchObject({
      title: "Booking site",
      value: 80_000,
      currency: "USD",
      pipelineId: pipeline.id,
      stageId: pipeline.stages.Proposal,
      probability: 50,
    });
    // Without "create a deal" the deal fields are ignored.
    const other = await createLead(admin, { name: "No Deal Ltd" });
    expect((await convertLead(admin, { leadId: other.id, dealTitle: "Ignored" })).dealId).toBeNull();
  });

  it("creates nothing at all when the deal cannot be created", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const lead = await createLead(admin, { name: "All Or Nothing", contactName: "Nora" });
    const before = await snapshot(lead.id);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ dealStageId: pipeline.stages.Won }, "dealStageId"],
      [{ dealStageId: "no-such-stage" }, "dealStageId"],
      [{ dealValue: 30_000_000 }, "dealValue"],
      [{ dealTitle: "x".repeat(201) }, "dealTitle"],
      [{ dealCurrency: "euro" }, "dealCurrency"],
    ];
    for (const [fields, field] of cases) {
      const error = await convertLead(admin, { leadId: lead.id, createDeal: true, ...fields }).catch((e) => e);
      expect(error, JSON.stringify(fields).slice(0, 60)).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
      expect(await snapshot(lead.id)).toEqual(before);
    }
  });
});
