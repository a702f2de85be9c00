import { describe, expect, it } from "vitest";
import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { getDb } from "@/server/db";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { createLead } from "@/server/services/leads/create-lead";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { listLeads } from "@/server/services/leads/list-leads";
import { updateLead } from "@/server/services/leads/update-lead";
import { setScoreOverride } from "@/server/services/scoring/set-score-override";
import { exportLeadsCsv } from "@/server/services/leads/export-leads";
import { searchParamsObject } from "@/lib/search-params";
import { createTestUser, leadStages } from "../support/factories";

describe("leads service", () => {
  it("creates a lead with derived columns, minor-unit value and the New stage", async () => {
    const admin = await createTestUser("ADMIN", "Europe/Nicosia");
    const stages = await leadStages();
    const { id } = await createLead(admin, {
      name: "Taverna Latchi",
      email: "Info@Latchi.CY",
      phone: "+357 26 321 000",
      website: "www.latchi-taverna.cy",
      websiteIssues: ["OUTDATED", "SLOW_LOADING", "OUTDATED"],
      estimatedValue: 1250.5,
      nextActionDay: "2026-03-10",
      tags: ["seafood", "seafood", "polis"],
    });
    const lead = await getDb().lead.findUniqueOrThrow({
      where: { id },
      include: { websiteIssues: true, tags: true },
    });
    expect(lead).toMatchObject({
      email: "info@latchi.cy",
      website: "https://www.latchi-taverna.cy",
      websiteDomain: "latchi-taverna.cy",
      hasWebsite: true,
      phoneDigits: "35726321000",
      estimatedValue: 125050,
      stageId: stages.New,
      ownerId: admin.id,
    });
    // Midnight in Nicosia (UTC+2 in March) is 22:00 UTC the day before.
    expect(lead.nextActionAt?.toISOString()).toBe("2026-03-09T22:00:00.000Z");
    expect(lead.websiteIssues.map((w) => w.issue).sort()).toEqual(["OUTDATED", "SLOW_LOADING"]);
    expect(lead.tags.map((t) => t.name).sort()).toEqual(["polis", "seafood"]);
  });

  it("rejects invalid input with field errors and stores nothing", async () => {
    const admin = await createTestUser();
    const before = await getDb().lead.count();
    const error = await createLead(admin, {
      name: "",
      email: "not-an-email",
      rating: 9,
      temperature: "BOILING" as never,
      websiteIssues: ["NOPE" as never],
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "name", "rating", "temperature", "websiteIssues.0"]);
    expect(await getDb().lead.count()).toBe(before);
  });

  it("filters, searches, sorts and pages the list", async () => {
    const admin = await createTestUser();
    const stages = await leadStages();
    for (const [name, city, rating, website] of [
      ["Alpha Bakery", "Polis", 4.5, "alpha.example"],
      ["Beta Bar", "Latchi", 3.9, null],
      ["Gamma Grill", "Polis", 4.9, null],
    ] as const) {
      await createLead(admin, { name, city, rating, website });
    }
    const viewer = { id: admin.id, timeZone: "UTC" };
    const polis = await listLeads(parseLeadListQuery({ city: "Polis", sort: "rating", dir: "desc" }), viewer);
    expect(polis.total).toBe(2);
    expect(polis.rows.map((r) => r.name)).toEqual(["Gamma Grill", "Alpha Bakery"]);
    const search = await listLeads(parseLeadListQuery({ q: "BETA" }), viewer);
    expect(search.rows.map((r) => r.name)).toEqual(["Beta Bar"]);
    const noSite = await listLeads(parseLeadListQuery({ hasWebsite: "no", sort: "name", dir: "asc" }), viewer);
    expect(noSite.rows.map((r) => r.name)).toEqual(["Beta Bar", "Gamma Grill"]);
    const paged = await listLeads(parseLeadListQuery({ sort: "name", dir: "asc", pageSize: "25", page: "1" }), viewer);
    expect(paged.total).toBeGreaterThanOrEqual(3);
    const byStage = await listLeads(parseLeadListQuery({ stage: stages.Contacted }), viewer);
    expect(byStage.total).toBe(0);
  });

  it("filters by the stored score, from and to, inclusive; a malformed bound is no filter", async () => {
    const admin = await createTestUser();
    const ids: Record<number, string> = {};
    for (const score of [20, 55, 90]) {
      ids[score] = (await createLead(admin, { name: `Score ${score}`, city: "Scoreville" })).id;
      await setScoreOverride(admin, ids[score], { score, note: "test" });
    }
    const viewer = { id: admin.id, timeZone: "UTC" };
    const names = async (params: Record<string, string>) =>
      (await listLeads(parseLeadListQuery({ city: "Scoreville", sort: "score", dir: "asc", ...params }), viewer)).rows.map((r) => r.name);
    expect(await names({ scoreMin: "55" })).toEqual(["Score 55", "Score 90"]);
    expect(await names({ scoreMax: "55" })).toEqual(["Score 20", "Score 55"]);
    expect(await names({ scoreMin: "21", scoreMax: "89" })).toEqual(["Score 55"]);
    expect(await names({ scoreMin: "91" })).toEqual([]);
    // Blank, out of range or not a number: no bound (the URL of an edited bookmark still opens).
    for (const bad of ["", " ", "abc", "101", "-1"]) expect(await names({ scoreMin: bad, scoreMax: bad }), bad).toEqual(["Score 20", "Score 55", "Score 90"]);
  });

  it("records stage changes on the timeline with who, from and to", async () => {
    const admin = await createTestUser();
    const stages = await leadStages();
    const { id } = await createLead(admin, { name: "Stage Test" });
    expect(await changeLeadStage(admin, id, stages.Contacted)).toBe(true);
    expect(await changeLeadStage(admin, id, stages.Contacted)).toBe(false);
    const activities = await getDb().activity.findMany({ where: { leadId: id } });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ type: "STAGE_CHANGED", authorId: admin.id, subject: "New → Contacted" });
  });

  it("lets SALES edit only its own leads while managers edit all", async () => {
    const sales = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const stages = await leadStages();
    const own = await createLead(sales, { name: "Own lead", ownerId: manager.id });
    const foreign = await createLead(other, { name: "Foreign lead" });
    expect((await getDb().lead.findUniqueOrThrow({ where: { id: own.id } })).ownerId).toBe(sales.id);

    await updateLead(sales, own.id, { name: "Own lead, renamed" });
    await expect(updateLead(sales, foreign.id, { name: "Hijack" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeLeadStage(sales, foreign.id, stages.Won)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteLeads(sales, [own.id, foreign.id])).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().lead.count({ where: { id: { in: [own.id, foreign.id] } } })).toBe(2);
    await expect(bulkUpdateLeads(sales, { action: "owner", leadIds: [own.id], ownerId: other.id })).rejects.toBeInstanceOf(ForbiddenError);

    await updateLead(manager, foreign.id, { name: "Managed" });
    expect(await bulkUpdateLeads(manager, { action: "stage", leadIds: [own.id, foreign.id], stageId: stages.Qualified })).toBe(2);
    expect(await deleteLeads(manager, [foreign.id])).toBe(1);
  });

  it("bulk-tags and bulk-assigns selected leads", async () => {
    const admin = await createTestUser();
    const sales = await createTestUser("SALES");
    const a = await createLead(admin, { name: "A" });
    const b = await createLead(admin, { name: "B" });
    await bulkUpdateLeads(admin, { action: "tag", leadIds: [a.id, b.id], tag: "priority" });
    await bulkUpdateLeads(admin, { action: "owner", leadIds: [a.id, b.id], ownerId: sales.id });
    const mine = await listLeads(parseLeadListQuery({ owner: "me", tag: "priority" }), { id: sales.id, timeZone: "UTC" });
    expect(mine.rows.map((r) => r.name).sort()).toEqual(["A", "B"]);
  });

  it("exports every lead matching the URL filters as CSV, formulas neutralised", async () => {
    const admin = await createTestUser();
    await createLead(admin, { name: "Export Alpha", city: "Polis", phone: "+357 99 000 001" });
    await createLead(admin, { name: "Export Beta", city: "Latchi" });
    await createLead(admin, { name: "=HYPERLINK(\"http://evil\")", city: "Polis" });
    const query = parseLeadListQuery(searchParamsObject(new URLSearchParams("q=export&city=Polis&sort=name&dir=asc")));
    const csv = await exportLeadsCsv(query, { id: admin.id, timeZone: "UTC" });
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toMatch(/^Name,Contact,Email,Phone,Website/);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["Export Alpha"]);
    const all = await exportLeadsCsv(parseLeadListQuery(searchParamsObject(new URLSearchParams("city=Polis"))), { id: admin.id, timeZone: "UTC" });
    expect(all).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
