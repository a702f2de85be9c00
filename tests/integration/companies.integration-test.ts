import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseCompanyListQuery } from "@/lib/validation/company";
import { getDb } from "@/server/db";
import { listTimeline } from "@/server/services/activities/list-timeline";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { createCompany } from "@/server/services/companies/create-company";
import { exportCompaniesCsv } from "@/server/services/companies/export-companies-csv";
import { getCompany } from "@/server/services/companies/get-company";
import { listCompanies } from "@/server/services/companies/list-companies";
import { restoreCompany } from "@/server/services/companies/restore-company";
import { searchCompanies } from "@/server/services/companies/search-companies";
import { softDeleteCompany } from "@/server/services/companies/soft-delete-company";
import { updateCompany } from "@/server/services/companies/update-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { softDeleteContact } from "@/server/services/contacts/soft-delete-contact";
import { createTestUser, uniqueTag } from "../support/factories";
import { corruptEachField, idOf, readColumn, tagNames } from "../support/hostile-values";

describe("companies service", () => {
  it("creates a company with a domain derived from the website, tags, owner and an audit entry", async () => {
    const manager = await createTestUser("MANAGER");
    const sales = await createTestUser("SALES");
    const { id } = await createCompany(manager, {
      name: "  Latchi Marine  ",
      website: "www.Latchi-Marine.cy/boats",
      industry: "Boat hire",
      status: "CLIENT",
      ownerId: sales.id,
      tags: ["marine", "marine", "polis"],
    });
    const company = await getDb().company.findUniqueOrThrow({ where: { id }, include: { tags: true } });
    expect(company).toMatchObject({
      name: "Latchi Marine",
      website: "https://www.Latchi-Marine.cy/boats",
      domain: "latchi-marine.cy",
      industry: "Boat hire",
      status: "CLIENT",
      ownerId: sales.id,
      deletedAt: null,
    });
    expect(company.tags.map((t) => t.name).sort()).toEqual(["marine", "polis"]);
    const audit = await getDb().auditLog.findMany({ where: { entityType: "Company", entityId: id } });
    expect(audit).toMatchObject([{ action: "create", actorId: manager.id }]);
  });

  it("keeps an explicit domain and defaults to status PROSPECT owned by the creator", async () => {
    const admin = await createTestUser("ADMIN");
    const { id } = await createCompany(admin, { name: "Polis Bakery", domain: "https://WWW.PolisBakery.com/", website: "other.example" });
    expect(await getDb().company.findUniqueOrThrow({ where: { id } })).toMatchObject({
      domain: "polisbakery.com",
      status: "PROSPECT",
      ownerId: admin.id,
    });
  });

  it("rejects invalid input with field errors and stores nothing", async () => {
    const admin = await createTestUser();
    const before = await getDb().company.count();
    const error = await createCompany(admin, {
      name: "   ",
      website: "javascript://%0Aalert(1)",
      domain: "<script>alert(1)</script>",
      status: "BANKRUPT" as never,
      phone: "1".repeat(51),
      tags: ["x".repeat(41)],
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["domain", "name", "phone", "status", "tags.0", "website"]);
    expect(await getDb().company.count()).toBe(before);
  });

  it("rejects an unknown owner chosen by a manager as a field error", async () => {
    const manager = await createTestUser("MANAGER");
    const error = await createCompany(manager, { name: "Ghost owned", ownerId: "no-such-user" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ ownerId: ["Unknown user"] });
  });

  it("lets SALES edit and delete only its own companies while managers change all", async () => {
    const sales = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const own = await createCompany(sales, { name: "Own Co", ownerId: manager.id });
    const foreign = await createCompany(other, { name: "Foreign Co" });
    expect((await getDb().company.findUniqueOrThrow({ where: { id: own.id } })).ownerId).toBe(sales.id);

    // SALES may edit its own company but cannot hand it to someone else.
    await updateCompany(sales, own.id, { name: "Own Co, renamed", ownerId: manager.id });
    expect(await getDb().company.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ name: "Own Co, renamed", ownerId: sales.id });

    await expect(updateCompany(sales, foreign.id, { name: "Hijacked" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(softDeleteCompany(sales, foreign.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().company.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ name: "Foreign Co", deletedAt: null });

    await updateCompany(manager, foreign.id, { name: "Managed Co", status: "PARTNER", ownerId: sales.id });
    expect(await getDb().company.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      name: "Managed Co",
      status: "PARTNER",
      ownerId: sales.id,
    });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: foreign.id, action: "update" } });
    expect(audit.changes).toMatchObject({ name: ["Foreign Co", "Managed Co"], status: ["PROSPECT", "PARTNER"], ownerId: [other.id, sales.id] });

    await softDeleteCompany(manager, own.id);
    await expect(restoreCompany(other, own.id)).rejects.toBeInstanceOf(ForbiddenError);
    await restoreCompany(sales, own.id);
    await expect(updateCompany(manager, "no-such-company", { name: "X" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hides soft-deleted companies from lists and pickers, refuses edits, and restores them", async () => {
    const admin = await createTestUser();
    const tag = uniqueTag();
    const { id } = await createCompany(admin, { name: "Deletable Ltd", tags: [tag] });
    const contact = await createContact(admin, { firstName: "Dora", companyId: id });
    const viewer = { id: admin.id };
    const now = new Date("2026-03-10T09:00:00Z");

    await softDeleteCompany(admin, id, now);
    await softDeleteCompany(admin, id); // deleting again changes nothing
    expect((await getDb().company.findUniqueOrThrow({ where: { id } })).deletedAt?.toISOString()).toBe(now.toISOString());
    expect((await listCompanies(parseCompanyListQuery({ tag }), viewer)).total).toBe(0);
    expect((await searchCompanies("Deletable")).map((c) => c.id)).not.toContain(id);
    const deleted = await listCompanies(parseCompanyListQuery({ tag, view: "deleted" }), viewer);
    expect(deleted.rows.map((r) => r.id)).toEqual([id]);
    await expect(updateCompany(admin, id, { name: "Edited while deleted" })).rejects.toBeInstanceOf(ConflictError);
    // Its contacts and history are kept; the deleted company still opens.
    expect((await getCompany(id)).contacts.map((c) => c.id)).toEqual([contact.id]);
    await expect(createContact(admin, { firstName: "Late", companyId: id })).rejects.toBeInstanceOf(ValidationError);

    await restoreCompany(admin, id);
    const active = await listCompanies(parseCompanyListQuery({ tag }), viewer);
    expect(active.rows.map((r) => r.id)).toEqual([id]);
    expect(active.rows[0].deletedAt).toBeNull();
    const actions = await getDb().auditLog.findMany({ where: { entityType: "Company", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["create", "delete", "restore"]);
  });

  it("filters, searches case-insensitively, sorts and pages the list", async () => {
    const admin = await createTestUser();
    const sales = await createTestUser("SALES");
    const tag = uniqueTag();
    const rows: Array<[string, string | null, string | null, "PROSPECT" | "CLIENT", string | null]> = [
      ["Alpha Bakery", "alpha-bakery.cy", "Polis", "CLIENT", "Bakery"],
      ["Beta Bar", null, "Latchi", "PROSPECT", "Bar"],
      ["Gamma Grill", "gammagrill.com", null, "CLIENT", "Restaurant"],
      ["Delta Diving", "delta.example", "Paphos", "PROSPECT", "Diving"],
    ];
    for (const [name, domain, city, status, industry] of rows) {
      await createCompany(admin, { name, domain, city, status, industry, country: "Cyprus", tags: [tag], ownerId: name === "Beta Bar" ? sales.id : undefined });
    }
    await createCompany(admin, { name: "Unowned Umbrella", tags: [tag] }).then(({ id }) =>
      getDb().company.update({ where: { id }, data: { ownerId: null } }),
    );
    const viewer = { id: admin.id };
    const names = async (params: Record<string, string>) => (await listCompanies(parseCompanyListQuery({ tag, ...params }), viewer)).rows.map((r) => r.name);

    expect(await names({ q: "GAMMA" })).toEqual(["Gamma Grill"]);
    expect(await names({ q: "ALPHA-BAKERY.CY" })).toEqual(["Alpha Bakery"]); // matches the domain
    expect(await names({ q: "gRiLl" })).toEqual(["Gamma Grill"]);
    expect(await names({ status: "CLIENT" })).toEqual(["Alpha Bakery", "Gamma Grill"]);
    expect(await names({ industry: "Diving" })).toEqual(["Delta Diving"]);
    expect(await names({ city: "Latchi" })).toEqual(["Beta Bar"]);
    expect(await names({ country: "Cyprus", sort: "name", dir: "desc" })).toEqual(["Gamma Grill", "Delta Diving", "Beta Bar", "Alpha Bakery"]);
    expect(await names({ owner: "none" })).toEqual(["Unowned Umbrella"]);
    expect((await listCompanies(parseCompanyListQuery({ tag, owner: "me" }), { id: sales.id })).rows.map((r) => r.name)).toEqual(["Beta Bar"]);
    expect(await names({ owner: sales.id })).toEqual(["Beta Bar"]);
    expect(await names({ tag: "no-such-tag" })).toEqual([]);
    // City sorts with companies without a city last in both directions.
    expect(await names({ country: "Cyprus", sort: "city", dir: "asc" })).toEqual(["Beta Bar", "Delta Diving", "Alpha Bakery", "Gamma Grill"]);
    expect(await names({ country: "Cyprus", sort: "city", dir: "desc" })).toEqual(["Alpha Bakery", "Delta Diving", "Beta Bar", "Gamma Grill"]);
    // Malformed view state falls back to defaults instead of failing.
    expect(await names({ status: "BOGUS", sort: "password", pageSize: "7" })).toHaveLength(5);
  });

  it("pages with a stable order and a total of all matches", async () => {
    const admin = await createTestUser();
    const tag = uniqueTag();
    for (let i = 1; i <= 30; i++) await createCompany(admin, { name: `Paged ${String(i).padStart(2, "0")}`, tags: [tag] });
    const viewer = { id: admin.id };
    const first = await listCompanies(parseCompanyListQuery({ tag, pageSize: "25", page: "1" }), viewer);
    const second = await listCompanies(parseCompanyListQuery({ tag, pageSize: "25", page: "2" }), viewer);
    expect(first.total).toBe(30);
    expect(first.rows).toHaveLength(25);
    expect(second.rows.map((r) => r.name)).toEqual(["Paged 26", "Paged 27", "Paged 28", "Paged 29", "Paged 30"]);
    const byNewest = await listCompanies(parseCompanyListQuery({ tag, sort: "createdAt", dir: "desc", pageSize: "50" }), viewer);
    expect(byNewest.rows).toHaveLength(30);
    expect(new Set(byNewest.rows.map((r) => r.id)).size).toBe(30);
  });

  it("shows contacts (primary first), converted leads and the contacts' activities on the company page", async () => {
    const admin = await createTestUser();
    const { id } = await createCompany(admin, { name: "Timeline Co" });
    const zoe = await createContact(admin, { firstName: "Zoe", companyId: id }); // first contact: primary
    const adam = await createContact(admin, { firstName: "Adam", companyId: id, role: "BILLING" });
    const gone = await createContact(admin, { firstName: "Gone", companyId: id });
    await softDeleteContact(admin, gone.id);
    const db = getDb();
    await db.activity.create({ data: { type: "CALL", subject: "Called Adam", contactId: adam.id, occurredAt: new Date("2026-01-02T10:00:00Z") } });
    await db.activity.create({ data: { type: "NOTE", subject: "Company note", companyId: id, occurredAt: new Date("2026-01-03T10:00:00Z") } });
    await db.activity.create({ data: { type: "NOTE", subject: "Unrelated", occurredAt: new Date("2026-01-04T10:00:00Z") } });

    const company = await getCompany(id);
    expect(company.contacts.map((c) => [c.firstName, c.isPrimary, c.role])).toEqual([
      ["Zoe", true, null],
      ["Adam", false, "BILLING"],
    ]);
    expect(company._count.contacts).toBe(1); // deleted contacts
    const timeline = await listTimeline({ kind: "company", id }, { activity: [] });
    expect(timeline.entries.map((a) => a.subject)).toEqual(["Company note", "Called Adam"]);
    expect(timeline.entries[1].contact?.id).toBe(adam.id);
    expect(zoe.id).toBeTruthy();
    await expect(getCompany("no-such-company")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exports every matching company, not just one page, as CSV with formula cells neutralised", async () => {
    const admin = await createTestUser();
    const tag = uniqueTag();
    for (let i = 1; i <= 26; i++) await createCompany(admin, { name: `Export ${String(i).padStart(2, "0")}`, city: "Polis", tags: [tag] });
    await createCompany(admin, { name: '=HYPERLINK("http://evil.example","Click")', city: "Polis", industry: "+cmd", tags: [tag, "other"] });
    await createCompany(admin, { name: "Filtered out", city: "Latchi", tags: [tag] });

    const csv = await exportCompaniesCsv(parseCompanyListQuery({ tag, city: "Polis", page: "2", pageSize: "25" }), { id: admin.id });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const records: string[][] = parse(csv.slice(1));
    const [header, ...rows] = records;
    expect(header.slice(0, 6)).toEqual(["Name", "Domain", "Website", "Industry", "Size", "Status"]);
    expect(rows).toHaveLength(27);
    const col = (name: string) => header.indexOf(name);
    const evil = rows.find((r) => r[col("Name")].includes("HYPERLINK"));
    expect(evil?.[col("Name")]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(evil?.[col("Industry")]).toBe("'+cmd");
    expect(evil?.[col("Tags")]).toBe(["other", tag].sort().join(";"));
    expect(rows.map((r) => r[col("Name")])).not.toContain("Filtered out");
    expect(rows[0][col("Status")]).toBe("Prospect");
    expect(rows[0][col("Created")]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("refuses hostile values in any field with a service error (never a crash) and stores nothing", async () => {
    const manager = await createTestUser("MANAGER");
    const { id } = await createCompany(manager, { name: "Target Co" });
    const valid = {
      name: "Valid Co", domain: "valid.example", website: "valid.example", industry: "Bakery", size: "1-10", address: "Road 1",
      city: "Polis", country: "Cyprus", phone: "+357 1", status: "CLIENT", ownerId: manager.id, tags: ["ok"],
    };
    const db = getDb();
    const snapshot = () => Promise.all([db.company.count(), db.tag.count(), db.auditLog.count(), db.company.findUnique({ where: { id } })]);
    const read = (companyId: string) => db.company.findUnique({ where: { id: companyId }, include: { tags: true } });
    // Without a domain the website's is used; a website without a scheme gets https://. A new
    // company without an owner is the actor's; an update to no owner leaves it unowned.
    const normalised = { domain: (v: unknown) => v ?? "valid.example", website: (v: unknown) => (typeof v === "string" && !/^https?:\/\//.test(v) ? `https://${v}` : v) };
    const { refused } = await corruptEachField(
      [
        { name: "createCompany", valid, call: (input) => createCompany(manager, input), readBack: readColumn((r) => read(idOf(r)), { tags: tagNames }), normalised: { ...normalised, ownerId: (v: unknown) => v ?? manager.id } },
        { name: "updateCompany", valid, call: (input) => updateCompany(manager, id, input), readBack: readColumn(() => read(id), { tags: tagNames }), normalised },
      ],
      snapshot,
    );
    expect(refused).toBeGreaterThan(150);
    for (const bad of ["", "x".repeat(65), "a b", "\u0000", "../../etc"]) {
      await expect(getCompany(bad)).rejects.toBeInstanceOf(NotFoundError);
      await expect(softDeleteCompany(manager, bad)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Malformed list filters fall back instead of reaching the database.
    const list = await listCompanies(parseCompanyListQuery({ q: "a\u0000b", owner: "\u0000", tag: ["\u0000"] }), { id: manager.id });
    expect(list.total).toBeGreaterThan(0);
    expect(await searchCompanies("\u0000Valid Co")).toContainEqual(expect.objectContaining({ id })); // renamed by the accepted updates
  });
});
