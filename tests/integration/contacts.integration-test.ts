import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseContactListQuery } from "@/lib/validation/contact";
import { getDb } from "@/server/db";
import { listTimeline } from "@/server/services/activities/list-timeline";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { createCompany } from "@/server/services/companies/create-company";
import { softDeleteCompany } from "@/server/services/companies/soft-delete-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { exportContactsCsv } from "@/server/services/contacts/export-contacts-csv";
import { getContact } from "@/server/services/contacts/get-contact";
import { listContacts } from "@/server/services/contacts/list-contacts";
import { restoreContact } from "@/server/services/contacts/restore-contact";
import { softDeleteContact } from "@/server/services/contacts/soft-delete-contact";
import { updateContact } from "@/server/services/contacts/update-contact";
import { createTestUser, uniqueTag } from "../support/factories";
import { corruptEachField, idOf, readColumn, tagNames } from "../support/hostile-values";

/** The company's contacts as [firstName, isPrimary, role], deleted ones included, by first name. */
async function primaries(companyId: string) {
  const rows = await getDb().contact.findMany({ where: { companyId }, orderBy: { firstName: "asc" } });
  return rows.map((c) => [c.firstName, c.isPrimary, c.role]);
}

describe("contacts service", () => {
  it("makes a company's first contact primary and keeps at most one primary", async () => {
    const admin = await createTestUser();
    const { id: companyId } = await createCompany(admin, { name: "Primary Co" });
    const anna = await createContact(admin, { firstName: "Anna", companyId });
    const ben = await createContact(admin, { firstName: "Ben", companyId, role: "TECHNICAL" });
    expect(await primaries(companyId)).toEqual([
      ["Anna", true, null],
      ["Ben", false, "TECHNICAL"],
    ]);

    // A new primary contact unsets the old one in the same transaction.
    const cleo = await createContact(admin, { firstName: "Cleo", companyId, isPrimary: true });
    expect(await primaries(companyId)).toEqual([
      ["Anna", false, null],
      ["Ben", false, "TECHNICAL"],
      ["Cleo", true, null],
    ]);

    // Role PRIMARY means primary; the previous primary loses the flag (and would lose the role).
    await updateContact(admin, ben.id, { firstName: "Ben", companyId, role: "PRIMARY" });
    expect(await primaries(companyId)).toEqual([
      ["Anna", false, null],
      ["Ben", true, "PRIMARY"],
      ["Cleo", false, null],
    ]);
    await updateContact(admin, anna.id, { firstName: "Anna", companyId, isPrimary: true, role: "BILLING" });
    expect(await primaries(companyId)).toEqual([
      ["Anna", true, "BILLING"],
      ["Ben", false, null],
      ["Cleo", false, null],
    ]);
    // Unsetting the flag is allowed: a company may have no primary contact.
    await updateContact(admin, anna.id, { firstName: "Anna", companyId, isPrimary: false, role: "BILLING" });
    expect((await primaries(companyId)).filter(([, primary]) => primary)).toEqual([]);
    expect(cleo.id).toBeTruthy();
  });

  it("never leaves two primaries when the first contacts of a company are created at the same time", async () => {
    const admin = await createTestUser();
    const { id: companyId } = await createCompany(admin, { name: "Race Co" });
    await Promise.all(["One", "Two", "Three", "Four"].map((firstName) => createContact(admin, { firstName, companyId })));
    const rows = await primaries(companyId);
    expect(rows).toHaveLength(4);
    expect(rows.filter(([, primary]) => primary)).toHaveLength(1);
  });

  it("makes a contact moved into a company without a primary its primary; a contact without a company is never primary", async () => {
    const admin = await createTestUser();
    const a = await createCompany(admin, { name: "Move From" });
    const b = await createCompany(admin, { name: "Move To" });
    const loner = await createContact(admin, { firstName: "Loner", isPrimary: true });
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: loner.id } })).isPrimary).toBe(false);
    const first = await createContact(admin, { firstName: "First", companyId: a.id });
    const second = await createContact(admin, { firstName: "Second", companyId: a.id });
    await updateContact(admin, second.id, { firstName: "Second", companyId: b.id });
    expect(await primaries(b.id)).toEqual([["Second", true, null]]);
    await updateContact(admin, loner.id, { firstName: "Loner", companyId: b.id });
    expect(await primaries(b.id)).toEqual([
      ["Loner", false, null],
      ["Second", true, null],
    ]);
    expect(await primaries(a.id)).toEqual([["First", true, null]]);
    expect(first.id).toBeTruthy();
  });

  it("rejects unknown or deleted companies and unknown owners as field errors", async () => {
    const manager = await createTestUser("MANAGER");
    const { id: companyId } = await createCompany(manager, { name: "Soon Gone" });
    await softDeleteCompany(manager, companyId);
    const before = await getDb().contact.count();
    for (const input of [
      { firstName: "X", companyId: "no-such-company" },
      { firstName: "X", companyId },
    ]) {
      const error = await createContact(manager, input).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fieldErrors).toEqual({ companyId: ["Choose an existing company"] });
    }
    const error = await createContact(manager, { firstName: "X", ownerId: "no-such-user" }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ ownerId: ["Unknown user"] });
    const invalid = await createContact(manager, {
      firstName: "",
      email: "not-an-email",
      role: "CEO" as never,
      emailStatus: "MAYBE" as never,
      isPrimary: "yes" as never,
    }).catch((e) => e);
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(["email", "emailStatus", "firstName", "isPrimary", "role"]);
    expect(await getDb().contact.count()).toBe(before);
  });

  it("lets SALES edit, delete and restore only its own contacts while managers change all", async () => {
    const sales = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const own = await createContact(sales, { firstName: "Own", ownerId: manager.id });
    const foreign = await createContact(other, { firstName: "Foreign", emailStatus: "SUBSCRIBED" });
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: own.id } })).ownerId).toBe(sales.id);

    await updateContact(sales, own.id, { firstName: "Own", lastName: "Renamed", ownerId: manager.id, smsStatus: "UNSUBSCRIBED" });
    expect(await getDb().contact.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      lastName: "Renamed",
      ownerId: sales.id,
      smsStatus: "UNSUBSCRIBED",
    });
    await expect(updateContact(sales, foreign.id, { firstName: "Hijacked" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(softDeleteContact(sales, foreign.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().contact.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ firstName: "Foreign", deletedAt: null });

    await updateContact(manager, foreign.id, { firstName: "Foreign", emailStatus: "UNSUBSCRIBED", ownerId: other.id });
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: foreign.id } })).emailStatus).toBe("UNSUBSCRIBED");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: foreign.id, action: "update" } });
    expect(audit.changes).toEqual({ emailStatus: ["SUBSCRIBED", "UNSUBSCRIBED"] });
    await softDeleteContact(manager, foreign.id);
    await expect(restoreContact(sales, foreign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await restoreContact(manager, foreign.id);
    await expect(updateContact(manager, "no-such-contact", { firstName: "X" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hides soft-deleted contacts from the list and restores them without a second primary", async () => {
    const admin = await createTestUser();
    const tag = uniqueTag();
    const { id: companyId } = await createCompany(admin, { name: "Restore Co" });
    const old = await createContact(admin, { firstName: "Old", companyId, tags: [tag] });
    const viewer = { id: admin.id };
    const now = new Date("2026-03-10T09:00:00Z");

    await softDeleteContact(admin, old.id, now);
    expect((await listContacts(parseContactListQuery({ tag }), viewer)).total).toBe(0);
    expect((await listContacts(parseContactListQuery({ tag, view: "deleted" }), viewer)).rows.map((r) => r.id)).toEqual([old.id]);
    await expect(updateContact(admin, old.id, { firstName: "Edited" })).rejects.toBeInstanceOf(ConflictError);

    // With the primary deleted, the next contact added becomes primary ...
    await createContact(admin, { firstName: "New", companyId });
    // ... so the restored contact comes back as a non-primary one.
    await restoreContact(admin, old.id);
    expect(await primaries(companyId)).toEqual([
      ["New", true, null],
      ["Old", false, null],
    ]);
    expect((await listContacts(parseContactListQuery({ tag }), viewer)).rows.map((r) => r.id)).toEqual([old.id]);

    // A deleted sole primary comes back as primary.
    const { id: soloId } = await createCompany(admin, { name: "Solo Co" });
    const solo = await createContact(admin, { firstName: "Solo", companyId: soloId });
    await softDeleteContact(admin, solo.id);
    await restoreContact(admin, solo.id);
    expect(await primaries(soloId)).toEqual([["Solo", true, null]]);
    const actions = await getDb().auditLog.findMany({ where: { entityId: solo.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["create", "delete", "restore"]);
  });

  it("filters, searches every word case-insensitively, sorts and pages the list", async () => {
    const admin = await createTestUser();
    const sales = await createTestUser("SALES");
    const tag = uniqueTag();
    const { id: companyId } = await createCompany(admin, { name: "Filter Co" });
    await createContact(admin, { firstName: "Anna", lastName: "Smith", email: "anna@smith.example", companyId, role: "BILLING", tags: [tag] });
    await createContact(admin, { firstName: "Anna", lastName: "Jones", email: "AJ@Jones.Example", tags: [tag] });
    await createContact(admin, { firstName: "Bob", lastName: null, companyId, role: "TECHNICAL", ownerId: sales.id, tags: [tag] });
    await createContact(admin, { firstName: "Carl", lastName: "Smithers", tags: [tag] });
    const viewer = { id: admin.id };
    const names = async (params: Record<string, string>, as = viewer) =>
      (await listContacts(parseContactListQuery({ tag, ...params }), as)).rows.map((r) => [r.firstName, r.lastName].filter(Boolean).join(" "));

    expect(await names({ q: "ANNA SMITH" })).toEqual(["Anna Smith"]);
    expect(await names({ q: "smith" })).toEqual(["Anna Smith", "Carl Smithers"]);
    expect(await names({ q: "aj@jones" })).toEqual(["Anna Jones"]);
    expect(await names({ company: companyId })).toEqual(["Anna Smith", "Bob"]);
    expect(await names({ company: "none" })).toEqual(["Anna Jones", "Carl Smithers"]);
    expect(await names({ role: "TECHNICAL" })).toEqual(["Bob"]);
    expect(await names({ role: "PRIMARY" })).toEqual(["Anna Smith"]); // the company's first contact
    expect(await names({ role: "none" })).toEqual(["Anna Jones", "Carl Smithers"]);
    expect(await names({ role: "CEO" })).toHaveLength(4); // unknown role: filter ignored
    expect(await names({ owner: "me" }, { id: sales.id })).toEqual(["Bob"]);
    expect(await names({ owner: sales.id })).toEqual(["Bob"]);
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Carl Smithers", "Bob", "Anna Smith", "Anna Jones"]);
    // Contacts without an email come last in both directions.
    expect(await names({ sort: "email", dir: "asc" })).toEqual(["Anna Jones", "Anna Smith", "Bob", "Carl Smithers"]);
    // (ties broken by id in the same direction, so Carl, created after Bob, comes first here)
    expect(await names({ sort: "email", dir: "desc" })).toEqual(["Anna Smith", "Anna Jones", "Carl Smithers", "Bob"]);
    const page = await listContacts(parseContactListQuery({ tag, pageSize: "25", page: "2" }), viewer);
    expect(page).toEqual({ rows: [], total: 4 });
  });

  it("shows the contact's company and timeline", async () => {
    const admin = await createTestUser();
    const { id: companyId } = await createCompany(admin, { name: "Detail Co" });
    const { id } = await createContact(admin, { firstName: "Dana", companyId });
    await getDb().activity.create({ data: { type: "EMAIL", subject: "Hello Dana", contactId: id } });
    const contact = await getContact(id);
    expect(contact.company?.name).toBe("Detail Co");
    expect(contact.isPrimary).toBe(true);
    expect((await listTimeline({ kind: "contact", id }, { activity: [] })).entries.map((a) => a.subject)).toEqual(["Hello Dana"]);
    await expect(getContact("no-such-contact")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exports every matching contact as CSV with formula cells neutralised", async () => {
    const admin = await createTestUser();
    const tag = uniqueTag();
    const { id: companyId } = await createCompany(admin, { name: "@SUM(A1:A9)" });
    await createContact(admin, { firstName: "=cmd|' /C calc'!A0", lastName: "-2+3", email: "x@evil.example", companyId, role: "BILLING", tags: [tag] });
    for (let i = 1; i <= 30; i++) await createContact(admin, { firstName: `Person ${String(i).padStart(2, "0")}`, tags: [tag] });
    const deleted = await createContact(admin, { firstName: "Deleted", tags: [tag] });
    await softDeleteContact(admin, deleted.id);

    const csv = await exportContactsCsv(parseContactListQuery({ tag, pageSize: "25" }), { id: admin.id });
    const [header, ...rows]: string[][] = parse(csv.slice(1));
    const col = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(31);
    expect(rows.map((r) => r[col("First name")])).not.toContain("Deleted");
    const evil = rows.find((r) => r[col("Email")] === "x@evil.example");
    expect(evil?.[col("First name")]).toBe("'=cmd|' /C calc'!A0");
    expect(evil?.[col("Last name")]).toBe("'-2+3");
    expect(evil?.[col("Company")]).toBe("'@SUM(A1:A9)");
    expect(evil?.[col("Primary")]).toBe("yes");
    expect(evil?.[col("Role")]).toBe("Billing");
    expect(evil?.[col("Email status")]).toBe("Subscribed");

    const onlyDeleted = await exportContactsCsv(parseContactListQuery({ tag, view: "deleted" }), { id: admin.id });
    expect(parse(onlyDeleted.slice(1))).toHaveLength(2);
  });

  it("refuses hostile values in any field with a service error (never a crash) and stores nothing", async () => {
    const manager = await createTestUser("MANAGER");
    const { id: companyId } = await createCompany(manager, { name: "Hostile Co" });
    const { id } = await createContact(manager, { firstName: "Target", companyId });
    const valid = {
      firstName: "Valid", lastName: "Person", email: "v@p.co", phone: "+357 1", mobile: "+357 2", title: "CEO", department: "Sales",
      companyId, isPrimary: false, role: "BILLING", emailStatus: "SUBSCRIBED", smsStatus: "UNSUBSCRIBED", ownerId: manager.id, tags: ["ok"],
    };
    const db = getDb();
    const snapshot = () => Promise.all([db.contact.count(), db.tag.count(), db.auditLog.count(), db.contact.findMany({ orderBy: { id: "asc" } })]);
    const read = (contactId: string) => db.contact.findUnique({ where: { id: contactId }, include: { tags: true } });
    // A new contact without an owner is the actor's; an update to no owner leaves it unowned.
    const { refused } = await corruptEachField(
      [
        { name: "createContact", valid, call: (input) => createContact(manager, input), readBack: readColumn((r) => read(idOf(r)), { tags: tagNames }), normalised: { ownerId: (v: unknown) => v ?? manager.id } },
        { name: "updateContact", valid, call: (input) => updateContact(manager, id, input), readBack: readColumn(() => read(id), { tags: tagNames }) },
      ],
      snapshot,
    );
    expect(refused).toBeGreaterThan(200);
    for (const bad of ["", "x".repeat(65), "a b", "\u0000"]) {
      await expect(getContact(bad)).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreContact(manager, bad)).rejects.toBeInstanceOf(NotFoundError);
    }
    const list = await listContacts(parseContactListQuery({ q: "\u0000", company: "\u0000x", owner: "\u0000" }), { id: manager.id });
    expect(list.total).toBeGreaterThan(0);
  });
});
