import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { leadRowSchema, leadSchema } from "@/server/api/schemas/lead-schemas";
import { listPageSchema } from "@/server/api/resource-operations";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser, leadStages, uniqueTag } from "../support/factories";

describe("REST API v1: leads", () => {
  it("creates, reads, lists, patches and deletes a lead as the key's user, answers matching the documented schemas", async () => {
    const admin = await createTestUser("ADMIN", "Europe/Nicosia");
    const token = await apiToken(admin);
    const stages = await leadStages();
    const tag = uniqueTag();

    const created = await callApi("POST", "/api/v1/leads", { token, json: { name: "Taverna Latchi", email: "Info@Latchi.CY", estimatedValue: 1250.5, nextActionDay: "2026-03-10", tags: [tag] } });
    expect(created.status).toBe(201);
    const lead = leadSchema.parse(await created.json());
    expect(created.headers.get("location")).toBe(`/api/v1/leads/${lead.id}`);
    expect(lead).toMatchObject({ name: "Taverna Latchi", email: "info@latchi.cy", estimatedValue: 125050, ownerId: admin.id, stage: { id: stages.New } });
    expect(lead.nextActionAt).toBe("2026-03-09T22:00:00.000Z");

    const got = await readJson(await callApi("GET", `/api/v1/leads/${lead.id}`, { token }));
    expect(got.status).toBe(200);
    expect(leadSchema.parse(got.body)).toEqual(lead);

    const list = await readJson(await callApi("GET", `/api/v1/leads?tag=${tag}`, { token }));
    expect(list.status).toBe(200);
    const page = listPageSchema(leadRowSchema).parse(list.body);
    expect(page.data.map((row) => row.id)).toEqual([lead.id]);
    expect(page.nextCursor).toBeNull();

    const patched = await callApi("PATCH", `/api/v1/leads/${lead.id}`, { token, json: { city: "Latchi", stageId: stages.Contacted } });
    expect(patched.status).toBe(200);
    const after = leadSchema.parse(await patched.json());
    // Only the sent fields change; the others keep their values (value in minor units, tags, follow-up day).
    expect(after).toMatchObject({ city: "Latchi", stage: { id: stages.Contacted }, estimatedValue: 125050, email: "info@latchi.cy", nextActionAt: "2026-03-09T22:00:00.000Z" });
    expect(after.tags.map((t) => t.name)).toEqual([tag]);
    expect(await getDb().activity.count({ where: { leadId: lead.id, type: "STAGE_CHANGED" } })).toBe(1);

    const deleted = await callApi("DELETE", `/api/v1/leads/${lead.id}`, { token });
    expect(deleted.status).toBe(204);
    expect(await getDb().lead.findUnique({ where: { id: lead.id } })).toBeNull();
    const gone = await readJson(await callApi("GET", `/api/v1/leads/${lead.id}`, { token }));
    expect(gone).toMatchObject({ status: 404, body: { status: 404, title: "Not Found" } });
  });
});
