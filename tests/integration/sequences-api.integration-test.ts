// /api/v1/sequences and /api/v1/enrolments (issue 12 §6): the round trip, answers that match the
// OpenAPI schemas, hostile input refused with 4xx problem+json storing nothing, and auth.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/server/db";
import { sequenceOperations } from "@/server/api/resources/sequences";
import { createTemplate } from "@/server/services/templates/create-template";
import { apiToken, callApi } from "../support/api-client";
import { createTestUser, leadStages, uniqueTag, type TestActor } from "../support/factories";
import { HOSTILE_VALUES } from "../support/hostile-values";

let admin: TestActor;
let token: string;
let templateId: string;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "1000000");
  admin = await createTestUser("ADMIN");
  token = await apiToken(admin);
  templateId = (await createTemplate(admin, { name: `API seq ${uniqueTag()}`, category: "EMAIL", subcategory: "COLD_OUTREACH", subject: "Hi", body: "Hello", variants: [] })).id;
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(() => {
  expect(consoleError).not.toHaveBeenCalled();
  vi.unstubAllEnvs();
});

const valid = () => ({
  name: "API sequence",
  steps: [
    { kind: "EMAIL", templateId },
    { kind: "WAIT", waitDays: 2, businessDays: true },
    { kind: "TASK", channel: "WHATSAPP", title: "WhatsApp {{ businessName }}", body: "Hi {{ firstName }}" },
  ],
  sendDays: [1, 2, 3, 4, 5],
  sendFromHour: 9,
  sendToHour: 17,
  dailyCap: 50,
  spacingMinutes: 5,
  exitStageIds: [],
});

/** The response schema an operation documents for a status. */
const schemaOf = (operation: { responses: Record<number, { schema?: z.ZodType }> }, status: number) => operation.responses[status].schema!;

const stored = () => Promise.all([getDb().sequence.count(), getDb().sequenceStep.count(), getDb().sequenceEnrolment.count(), getDb().activity.count()]);

async function expectRefusal(response: Response, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers.get("content-type"), label).toContain("application/problem+json");
  return response.json() as Promise<{ errors?: Record<string, string[]> }>;
}

describe("sequences API", () => {
  it("creates, reads, changes, activates, enrols, reports and unenrols — answers matching their schemas", async () => {
    const created = await callApi("POST", "/api/v1/sequences", { token, json: valid() });
    expect(created.status).toBe(201);
    const sequence = await created.json();
    schemaOf(sequenceOperations.create as never, 201).parse(sequence);
    expect(sequence).toMatchObject({ status: "DRAFT", steps: [{ kind: "EMAIL", position: 0 }, { kind: "WAIT", waitDays: 2, businessDays: true }, { kind: "TASK", channel: "WHATSAPP" }] });

    const patched = await callApi("PATCH", `/api/v1/sequences/${sequence.id}`, { token, json: { name: "Renamed", dailyCap: 80 } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ name: "Renamed", dailyCap: 80, spacingMinutes: 5, steps: [{ kind: "EMAIL" }, { kind: "WAIT" }, { kind: "TASK" }] });

    const activated = await callApi("POST", `/api/v1/sequences/${sequence.id}/status`, { token, json: { status: "ACTIVE" } });
    expect((await activated.json()).status).toBe("ACTIVE");

    const stages = await leadStages();
    const lead = await getDb().lead.create({ data: { name: "API lead", email: `${uniqueTag()}@example.com`, stageId: stages.New, ownerId: admin.id }, select: { id: true } });
    const enrol = await callApi("POST", `/api/v1/sequences/${sequence.id}/enrolments`, { token, json: { leadIds: [lead.id] } });
    expect(enrol.status).toBe(200);
    const result = await enrol.json();
    schemaOf(sequenceOperations.enrol as never, 200).parse(result);
    expect(result).toMatchObject({ enrolled: 1, alreadyEnrolled: 0 });

    const list = await callApi("GET", `/api/v1/sequences/${sequence.id}/enrolments`, { token });
    schemaOf(sequenceOperations.enrolments as never, 200).parse(await list.json());
    const status = await callApi("GET", `/api/v1/enrolments/${result.enrolmentIds[0]}`, { token });
    const enrolment = await status.json();
    schemaOf(sequenceOperations.enrolment as never, 200).parse(enrolment);
    expect(enrolment).toMatchObject({ status: "ACTIVE", nextStep: 0, lead: { id: lead.id } });

    const got = await callApi("GET", `/api/v1/sequences/${sequence.id}`, { token });
    const detail = await got.json();
    schemaOf(sequenceOperations.get as never, 200).parse(detail);
    expect(detail.stats.funnel).toMatchObject({ enrolled: 1, active: 1 });
    const page = await callApi("GET", "/api/v1/sequences?status=ACTIVE", { token });
    const rows = (await page.json()).data as Array<{ id: string }>;
    expect(rows.map((r) => r.id)).toContain(sequence.id);

    const unenrolled = await callApi("POST", `/api/v1/enrolments/${result.enrolmentIds[0]}/unenrol`, { token });
    expect(await unenrolled.json()).toMatchObject({ status: "EXITED", exitReason: "MANUAL" });
    expect((await callApi("POST", `/api/v1/enrolments/${result.enrolmentIds[0]}/unenrol`, { token })).status).toBe(409);
  });

  it("refuses every hostile value in every field of a create, and stores nothing", async () => {
    let refused = 0;
    for (const field of Object.keys(valid())) {
      for (const value of HOSTILE_VALUES) {
        const label = `sequences.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
        const before = await stored();
        const response = await callApi("POST", "/api/v1/sequences", { token, json: { ...valid(), [field]: value } });
        if (response.status === 201) continue;
        refused++;
        await expectRefusal(response, label);
        expect(await stored(), label).toEqual(before);
      }
    }
    for (const step of [{ kind: "EMAIL", templateId: "' OR 1=1 --" }, { kind: "TASK", channel: "FAX", title: "x" }, { kind: "TASK", channel: "CALL", title: "{{ nope }}" }, { kind: "TASK", channel: "CALL", title: "{% include 'x' %}" }, { kind: "WAIT", waitDays: -1 }, { kind: "WAIT", waitDays: 1e9 }, { kind: "NOPE" }, { kind: "EMAIL", templateId, split: [{ label: "A", percent: 90 }] }]) {
      const before = await stored();
      const body = await expectRefusal(await callApi("POST", "/api/v1/sequences", { token, json: { ...valid(), steps: [step] } }), JSON.stringify(step));
      expect(Object.keys(body.errors ?? {}).length, JSON.stringify(step)).toBeGreaterThan(0);
      expect(await stored()).toEqual(before);
      refused++;
    }
    expect(refused).toBeGreaterThan(50);
  }, 120_000);

  it("refuses hostile enrol bodies and hostile ids on every route with 4xx", async () => {
    const sequence = await (await callApi("POST", "/api/v1/sequences", { token, json: valid() })).json();
    const before = await stored();
    for (const json of [{}, { leadIds: "x" }, { leadIds: ["' OR 1=1 --"] }, { leadIds: Array.from({ length: 1001 }, (_, i) => `id${i}`) }, { contactIds: [null] }, { sequenceId: sequence.id, leadIds: [] }, { leadFilters: "yes" }, { leadIds: ["cmnotalead000000000000001"] }]) {
      await expectRefusal(await callApi("POST", `/api/v1/sequences/${sequence.id}/enrolments`, { token, json }), JSON.stringify(json).slice(0, 60));
    }
    for (const json of [{ status: "DRAFT" }, { status: null }, {}, { status: "ACTIVE", extra: 1 }]) {
      await expectRefusal(await callApi("POST", `/api/v1/sequences/${sequence.id}/status`, { token, json }), JSON.stringify(json));
    }
    for (const hostileId of ["' OR 1=1 --", "x".repeat(300), "%00", "cmnotasequence00000000001"]) {
      const encoded = encodeURIComponent(hostileId);
      for (const [method, path, json] of [
        ["GET", `/api/v1/sequences/${encoded}`, undefined],
        ["PATCH", `/api/v1/sequences/${encoded}`, { name: "x" }],
        ["POST", `/api/v1/sequences/${encoded}/status`, { status: "ACTIVE" }],
        ["GET", `/api/v1/sequences/${encoded}/enrolments`, undefined],
        ["POST", `/api/v1/sequences/${encoded}/enrolments`, { leadIds: ["cmnotalead000000000000001"] }],
        ["GET", `/api/v1/enrolments/${encoded}`, undefined],
        ["POST", `/api/v1/enrolments/${encoded}/unenrol`, undefined],
      ] as const) {
        const response = await callApi(method, path, { token, json });
        await expectRefusal(response, `${method} ${path.slice(0, 60)}`);
        expect(response.status).toBe(404);
      }
    }
    expect(await stored()).toEqual(before);
  });

  it("answers 401 without a key and 403 to a read-only key that writes", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/sequences"],
      ["POST", "/api/v1/sequences"],
      ["GET", "/api/v1/sequences/x"],
      ["PATCH", "/api/v1/sequences/x"],
      ["POST", "/api/v1/sequences/x/status"],
      ["GET", "/api/v1/sequences/x/enrolments"],
      ["POST", "/api/v1/sequences/x/enrolments"],
      ["GET", "/api/v1/enrolments/x"],
      ["POST", "/api/v1/enrolments/x/unenrol"],
    ] as const) {
      const response = await callApi(method, path, { json: method === "GET" ? undefined : {} });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
    const readOnly = await apiToken(admin, "READ");
    expect((await callApi("POST", "/api/v1/sequences", { token: readOnly, json: valid() })).status).toBe(403);
  });
});
