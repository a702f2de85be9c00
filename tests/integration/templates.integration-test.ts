import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES } from "@/lib/templates/default-templates";
import type { TemplateInput } from "@/lib/validation/template";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { createLead } from "@/server/services/leads/create-lead";
import { createTemplate } from "@/server/services/templates/create-template";
import { deleteTemplate } from "@/server/services/templates/delete-template";
import { ensureDefaultTemplates } from "@/server/services/templates/ensure-default-templates";
import { getTemplate } from "@/server/services/templates/get-template";
import { listTemplates } from "@/server/services/templates/list-templates";
import { previewTemplate } from "@/server/services/templates/preview-template";
import { setTemplateFavourite } from "@/server/services/templates/set-template-favourite";
import { updateTemplate } from "@/server/services/templates/update-template";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser, uniqueTag } from "../support/factories";
import { HOSTILE_VALUES, corruptEachField, idOf, readColumn } from "../support/hostile-values";

const email = (input: Partial<TemplateInput> = {}): TemplateInput => ({ name: "Cold email", category: "EMAIL", subcategory: "COLD_OUTREACH", subject: "Hi {{ businessName }}", body: 'Hi {{ firstName | default: "there" }}', ...input });

/** The ValidationError `promise` rejects with. */
async function validationErrorOf(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

/** Row counts a refused write must leave as they were. */
const counts = async () => {
  const db = getDb();
  return Promise.all([db.template.count(), db.templateVariant.count(), db.auditLog.count()]);
};

describe("the default templates", () => {
  it("are created once on first run, concurrently too, and not again after the team deleted them", async () => {
    const [a, b] = await Promise.all([ensureDefaultTemplates(), ensureDefaultTemplates()]);
    expect(a + b).toBe(DEFAULT_TEMPLATES.length);
    expect(await ensureDefaultTemplates()).toBe(0);
    const defaults = await getDb().template.findMany({ where: { defaultKey: { not: null } }, select: { id: true, ownerId: true, defaultKey: true, _count: { select: { variants: true } } } });
    expect(defaults.map((t) => t.defaultKey).sort()).toEqual(DEFAULT_TEMPLATES.map((t) => t.key).sort());
    expect(defaults.every((t) => t.ownerId === null)).toBe(true);
    expect(defaults.some((t) => t._count.variants > 0)).toBe(true);

    const admin = await createTestUser("ADMIN");
    for (const t of await getDb().template.findMany({ select: { id: true } })) await deleteTemplate(admin, t.id);
    expect(await ensureDefaultTemplates()).toBe(0);
    expect(await getDb().template.count()).toBe(0);
  });
});

describe("templates", () => {
  it("are created with A/B variants, updated by label (a kept label keeps its row) and deleted with them", async () => {
    const sales = await createTestUser("SALES");
    const { id } = await createTemplate(sales, email({ variants: [{ label: "B", subject: "B {{ city }}", body: "Body B" }, { label: "C", subject: "C", body: "Body C" }] }));
    const created = await getTemplate(id);
    expect(created).toMatchObject({ ownerId: sales.id, createdById: sales.id, favourite: false, defaultKey: null, subject: "Hi {{ businessName }}" });
    expect(created.variants.map((v) => [v.label, v.subject, v.body])).toEqual([["B", "B {{ city }}", "Body B"], ["C", "C", "Body C"]]);
    const idOfB = created.variants[0].id;

    await updateTemplate(sales, id, email({ name: "Renamed", variants: [{ label: "D", subject: "D", body: "Body D" }, { label: "B", subject: "B2", body: "Body B2" }] }));
    const updated = await getTemplate(id);
    expect(updated.name).toBe("Renamed");
    expect(updated.variants.map((v) => [v.label, v.subject])).toEqual([["B", "B2"], ["D", "D"]]);
    expect(updated.variants[0].id).toBe(idOfB);

    await deleteTemplate(sales, id);
    await expect(getTemplate(id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().templateVariant.count({ where: { templateId: id } })).toBe(0);
  });

  it("refuses an unknown variable, unbalanced braces, a body over 200 KB and an email without a subject, by field, storing nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const { id } = await createTemplate(admin, email());
    const before = await counts();
    const cases: Array<[Partial<TemplateInput>, string]> = [
      [{ body: "Hi {{ firstname }}" }, "body"],
      [{ subject: "About {{ company }}" }, "subject"],
      [{ body: "Hi {{ firstName" }, "body"],
      [{ body: "Hi {% if city %}" }, "body"],
      [{ body: "Hi firstName }}" }, "body"],
      [{ body: "x".repeat(200 * 1024 + 1) }, "body"],
      [{ subject: "" }, "subject"],
      [{ subject: "   " }, "subject"],
      [{ variants: [{ label: "B", subject: "", body: "b" }] }, "variants.0.subject"],
      [{ variants: [{ label: "B", subject: "s", body: "{{ nope }}" }] }, "variants.0.body"],
    ];
    for (const [change, field] of cases) {
      for (const call of [createTemplate(admin, email(change)), updateTemplate(admin, id, email(change))]) {
        const error = await validationErrorOf(call);
        expect(Object.keys(error.fieldErrors), JSON.stringify(change).slice(0, 60)).toEqual([field]);
      }
    }
    expect(await counts()).toEqual(before);
  });

  it("may be changed by their owner, managers and admins; anyone may star them", async () => {
    const [owner, other, manager] = [await createTestUser("SALES"), await createTestUser("SALES"), await createTestUser("MANAGER")];
    const { id } = await createTemplate(owner, email());
    await expect(updateTemplate(other, id, email({ name: "Taken" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteTemplate(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    await updateTemplate(manager, id, email({ name: "Managed" }));
    expect((await getTemplate(id)).name).toBe("Managed");
    expect(await setTemplateFavourite(other, id, true)).toEqual({ id, favourite: true });
    await expect(setTemplateFavourite(other, "missing", true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setTemplateFavourite(other, id, "yes" as never)).rejects.toBeInstanceOf(ValidationError);
  });

  it("list favourites first, then the last updated, filtered by category, subcategory and text (any case)", async () => {
    const admin = await createTestUser("ADMIN");
    const tag = uniqueTag();
    const old = await createTemplate(admin, email({ name: `${tag} old` }));
    const dm = await createTemplate(admin, { name: `${tag} dm`, category: "DM", subcategory: "FOLLOW_UP", body: "Ping {{ firstName }} about PIZZA" });
    const fresh = await createTemplate(admin, email({ name: `${tag} fresh`, subcategory: "PROPOSAL" }));
    const starred = await createTemplate(admin, email({ name: `${tag} starred` }));
    await setTemplateFavourite(admin, old.id, true);
    await updateTemplate(admin, fresh.id, email({ name: `${tag} fresh`, subcategory: "PROPOSAL", body: "Updated" }));
    const names = async (query: object) => (await listTemplates({ q: tag, ...query })).rows.map((r) => r.name.replace(`${tag} `, ""));
    // Starring does not count as an update: "old" stays behind "starred", which is newer.
    await setTemplateFavourite(admin, starred.id, true);
    expect(await names({})).toEqual(["starred", "old", "fresh", "dm"]);
    expect(await names({ category: "DM" })).toEqual(["dm"]);
    expect(await names({ subcategory: "PROPOSAL" })).toEqual(["fresh"]);
    expect((await listTemplates({ q: "pizza" })).rows.map((r) => r.id)).toContain(dm.id);
    expect((await listTemplates({ q: tag.toUpperCase() })).total).toBe(4);
    expect((await listTemplates({ q: `${tag} STARRED` })).rows.map((r) => r.id)).toEqual([starred.id]);
  });

  it("preview with a lead, a contact and its company, a variant or a draft, escaping what the records hold", async () => {
    const admin = await createTestUser("ADMIN");
    const lead = await createLead(admin, { name: "Latchi <script>alert(1)</script> Tavern", contactName: "Maria Georgiou", city: "Latchi", website: "https://latchi.test" });
    const company = await createCompany(admin, { name: "Blue Bay", city: "Paphos", industry: "hotel" });
    const contact = await createContact(admin, { firstName: "Nikos", companyId: company.id });
    const { id } = await createTemplate(admin, email({ body: 'Hi {{ firstName | default: "there" }} from {{ senderName }}: {{ businessName }} in {{ city }}', variants: [{ label: "B", subject: "B for {{ firstName }}", body: "Variant B, {{ niche }}" }] }));

    const forLead = await previewTemplate(admin, { templateId: id, leadId: lead.id });
    expect(forLead.subject).toBe("Hi Latchi <script>alert(1)</script> Tavern");
    expect(forLead.html).not.toContain("<script>");
    expect(forLead.html).toContain(`Hi Maria from ${admin.name}: Latchi &lt;script&gt;alert(1)&lt;/script&gt; Tavern in Latchi`);
    expect(forLead.text).toContain(`Hi Maria from ${admin.name}: Latchi <script>alert(1)</script> Tavern in Latchi`);

    const forContact = await previewTemplate(admin, { templateId: id, variant: "B", contactId: contact.id });
    expect(forContact.subject).toBe("B for Nikos");
    expect(forContact.text).toBe("Variant B, hotel");

    const nobody = await previewTemplate(admin, { templateId: id });
    expect(nobody.text).toContain(`Hi there from ${admin.name}: in`);
    const draft = await previewTemplate(admin, { draft: { subject: "Draft", body: "Draft for {{ city }}" }, leadId: lead.id });
    expect(draft).toMatchObject({ subject: "Draft", text: "Draft for Latchi" });

    await expect(previewTemplate(admin, { templateId: id, variant: "C" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewTemplate(admin, { templateId: id, leadId: "nolead" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewTemplate(admin, { templateId: "missing" })).rejects.toBeInstanceOf(NotFoundError);
    expect(Object.keys((await validationErrorOf(previewTemplate(admin, { draft: { subject: "x", body: "{{ secret }}" } }))).fieldErrors)).toEqual(["draft.body"]);
    expect(Object.keys((await validationErrorOf(previewTemplate(admin, { templateId: id, leadId: lead.id, contactId: contact.id }))).fieldErrors)).toEqual(["contactId"]);
    expect(Object.keys((await validationErrorOf(previewTemplate(admin, {}))).fieldErrors)).toEqual(["templateId"]);
  });
});

describe("REST API v1 templates", () => {
  it("lists, gets, creates, updates, previews and deletes; refuses an unknown variable with 422", async () => {
    const admin = await createTestUser("ADMIN");
    const token = await apiToken(admin);
    const created = await readJson(await callApi("POST", "/api/v1/templates", { token, json: { name: "API template", subject: "Hi {{ firstName }}", body: "Body for {{ city }}", variants: [{ label: "B", subject: "B", body: "b" }] } }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ name: "API template", category: "EMAIL", subcategory: "OTHER", variants: [{ label: "B", subject: "B", body: "b" }] });

    const patched = await readJson(await callApi("PATCH", `/api/v1/templates/${id}`, { token, json: { name: "Renamed" } }));
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Renamed", body: "Body for {{ city }}", variants: [{ label: "B" }] });

    const bad = await readJson(await callApi("PATCH", `/api/v1/templates/${id}`, { token, json: { body: "{{ nope }}" } }));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors as object)).toEqual(["body"]);

    const lead = await createLead(admin, { name: "Lead", city: "Polis" });
    const preview = await readJson(await callApi("POST", `/api/v1/templates/${id}/preview`, { token, json: { leadId: lead.id } }));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ subject: "Hi", text: "Body for Polis" });
    const readOnly = await apiToken(admin, "READ");
    expect((await callApi("POST", `/api/v1/templates/${id}/preview`, { token: readOnly, json: { variant: "B" } })).status).toBe(200);
    expect((await callApi("POST", `/api/v1/templates/${id}/preview`, { token, json: { variant: "D" } })).status).toBe(404);

    const list = await readJson(await callApi("GET", "/api/v1/templates?category=EMAIL&q=renamed", { token }));
    expect(list.body.data?.map((r) => (r as { id: string }).id)).toEqual([id]);
    expect((await callApi("DELETE", `/api/v1/templates/${id}`, { token })).status).toBe(204);
    expect((await callApi("GET", `/api/v1/templates/${id}`, { token })).status).toBe(404);
  });
});

describe("hostile input to the template forms", () => {
  it("is refused with field errors (never a crash) and a refused call stores nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: targetId } = await createTemplate(admin, email({ name: "Target" }));
    const valid = { name: "Valid template", category: "EMAIL", subcategory: "FOLLOW_UP", subject: "Hi {{ firstName }}", body: "Hello {{ city }}", favourite: true, variants: [{ label: "B", subject: "B", body: "b" }] };
    const read = (id: string) => getDb().template.findUnique({ where: { id }, include: { variants: { select: { label: true, subject: true, body: true } } } });
    const snapshot = async () => [...(await counts()), await read(targetId)];
    const { refused, fieldErrors } = await corruptEachField(
      [
        { name: "createTemplate", valid, call: (i: never) => createTemplate(admin, i), readBack: readColumn((r) => read(idOf(r))) },
        { name: "updateTemplate", valid, call: (i: never) => updateTemplate(admin, targetId, i), readBack: readColumn(() => read(targetId)) },
      ],
      snapshot,
    );
    expect(fieldErrors).toBeGreaterThan(100);
    expect(refused).toBe(fieldErrors);
  });

  it("answers hostile ids with NotFoundError and changes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const before = await counts();
    for (const id of HOSTILE_VALUES) {
      await expect(getTemplate(id as string)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteTemplate(admin, id as string)).rejects.toBeInstanceOf(NotFoundError);
      await expect(setTemplateFavourite(admin, id as string, true)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateTemplate(admin, id as string, email())).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
  });
});
