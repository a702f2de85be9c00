import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listPageSchema } from "@/server/api/resource-operations";
import { leadSchema } from "@/server/api/schemas/lead-schemas";
import { scoringRuleSchema } from "@/server/api/schemas/scoring-rule-schemas";
import { getDb } from "@/server/db";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser, type TestActor } from "../support/factories";
import { HOSTILE_VALUES } from "../support/hostile-values";

let admin: TestActor;
let token: string;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "1000000");
  admin = await createTestUser("ADMIN");
  token = await apiToken(admin);
  await ensureDefaultScoringRules();
  // problemResponse logs what it answers with a 500: nothing here may get there.
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(() => {
  expect(consoleError).not.toHaveBeenCalled();
  vi.unstubAllEnvs();
});

async function expectCall(status: number, method: string, url: string, key: string, json?: unknown) {
  const { status: got, body } = await readJson(await callApi(method, url, { token: key, json }));
  expect(got, `${method} ${url}: ${JSON.stringify(body)?.slice(0, 300)}`).toBe(status);
  return body;
}

const rules = () => getDb().scoringRule.count();
const valid = { kind: "ENGAGEMENT", name: "Clicked twice", subject: "EMAIL_CLICKED", operator: "each", value: 2, points: 8, windowDays: 14 };

describe("REST API v1: scoring rules", () => {
  it("lists, creates, gets, patches and deletes rules; each change queues a rescore", async () => {
    const page = listPageSchema(scoringRuleSchema).parse(await expectCall(200, "GET", "/api/v1/scoring-rules?kind=FIT&limit=100", token));
    expect(page.data).toHaveLength(8);
    expect(page.data.every((r) => r.kind === "FIT" && r.defaultKey)).toBe(true);

    const created = scoringRuleSchema.parse(await expectCall(201, "POST", "/api/v1/scoring-rules", token, valid));
    expect(created).toMatchObject({ ...valid, enabled: true, position: 14, defaultKey: null });
    expect(await getDb().job.count({ where: { type: "LEAD_SCORING", status: "QUEUED" } })).toBe(1);
    expect(scoringRuleSchema.parse(await expectCall(200, "GET", `/api/v1/scoring-rules/${created.id}`, token))).toEqual(created);
    const patched = scoringRuleSchema.parse(await expectCall(200, "PATCH", `/api/v1/scoring-rules/${created.id}`, token, { points: -4, enabled: false }));
    expect(patched).toMatchObject({ points: -4, enabled: false, subject: "EMAIL_CLICKED", value: 2, windowDays: 14 });
    // An operator of another subject, with the rest kept: 422 with the field.
    const refused = await expectCall(422, "PATCH", `/api/v1/scoring-rules/${created.id}`, token, { operator: "for_days" });
    expect(Object.keys((refused as { errors: object }).errors)).toEqual(["operator"]);
    await expectCall(204, "DELETE", `/api/v1/scoring-rules/${created.id}`, token);
    await expectCall(404, "GET", `/api/v1/scoring-rules/${created.id}`, token);
  });

  it("lets every key read rules but only an admin's READ_WRITE key change them", async () => {
    const sales = await createTestUser("SALES");
    const salesToken = await apiToken(sales);
    const readToken = await apiToken(admin, "READ");
    const before = await rules();
    await expectCall(200, "GET", "/api/v1/scoring-rules", salesToken);
    await expectCall(403, "POST", "/api/v1/scoring-rules", salesToken, valid);
    await expectCall(403, "POST", "/api/v1/scoring-rules", readToken, valid);
    const some = await getDb().scoringRule.findFirstOrThrow({ select: { id: true } });
    await expectCall(403, "DELETE", `/api/v1/scoring-rules/${some.id}`, salesToken);
    await expectCall(401, "GET", "/api/v1/scoring-rules", "lw_not_a_key");
    expect(await rules()).toBe(before);
  });

  it("answers a lead's score breakdown and override in its detail", async () => {
    const created = leadSchema.parse(await expectCall(201, "POST", "/api/v1/leads", token, { name: "API Scored", rating: 4.6, reviewCount: 25, email: "api@scored.cy", score: 99, temperature: "HOT" }));
    expect(created).toMatchObject({ score: 50, temperature: "WARM", scoreOverride: null });
    expect(created.scoreBreakdown?.map((e) => e.points)).toEqual([25, 10, 10, 5]);
  });

  it("refuses every hostile value in every field of a create with a 4xx (never a 5xx) and stores nothing then", async () => {
    let refused = 0;
    for (const field of Object.keys(valid)) {
      for (const value of HOSTILE_VALUES) {
        const label = `scoring-rules.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
        const before = await rules();
        const response = await callApi("POST", "/api/v1/scoring-rules", { token, json: { ...valid, [field]: value } });
        if (response.status === 201) continue;
        refused++;
        expect(response.status, label).toBeGreaterThanOrEqual(400);
        expect(response.status, label).toBeLessThan(500);
        const body = await response.json();
        if (response.status === 422) expect(Object.keys(body.errors ?? {}).length, label).toBeGreaterThan(0);
        expect(await rules(), label).toBe(before);
      }
    }
    expect(refused).toBeGreaterThan(80);
    for (const json of [{ ...valid, nmae: "typo" }, JSON.parse('{"kind":"FIT","name":"x","subject":"rating","operator":"gte","value":4,"points":1,"__proto__":{"x":1}}'), { ...valid, subject: "constructor" }]) {
      await expectCall(422, "POST", "/api/v1/scoring-rules", token, json);
    }
  });

  it("answers hostile ids with 404 and a bad filter with 400", async () => {
    for (const id of ["%00", "x".repeat(5000), "..%2F..%2Fetc", "' OR 1=1 --", "{id}"]) {
      for (const method of ["GET", "PATCH", "DELETE"]) {
        expect((await callApi(method, `/api/v1/scoring-rules/${id}`, { token, json: method === "PATCH" ? { points: 1 } : undefined })).status, `${method} ${id.slice(0, 20)}`).toBe(404);
      }
    }
    const { status, body } = await readJson(await callApi("GET", "/api/v1/scoring-rules?kind=BOGUS", { token }));
    expect(status).toBe(400);
    expect(Object.keys((body as { errors: object }).errors)).toContain("kind");
  });
});
