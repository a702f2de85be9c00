import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { generateApiToken, hashApiToken } from "@/server/services/api-keys/api-token";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { ValidationError } from "@/server/errors";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser } from "../support/factories";
import { HOSTILE_VALUES, corruptEachField, idOf, readColumn } from "../support/hostile-values";

afterEach(() => {
  vi.unstubAllEnvs();
});

async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status, type: "about:blank" });
  return body;
}

describe("REST API v1 authentication", () => {
  it("answers 401 problem+json with WWW-Authenticate without a valid bearer key, on every route", async () => {
    const user = await createTestUser("ADMIN");
    const { token: unknownToken } = generateApiToken();
    const valid = await apiToken(user);
    for (const authorization of [undefined, "", "Bearer", "Bearer ", `Basic ${valid}`, valid, `Token ${valid}`, `Bearer ${unknownToken}`, `Bearer ${valid}x`, `Bearer ${valid.slice(0, -1)}`, `Bearer ${valid} extra`, "Bearer lw_\u00ff"]) {
      for (const [method, url] of [["GET", "/api/v1/leads"], ["POST", "/api/v1/leads"], ["GET", "/api/v1/jobs/abc"], ["DELETE", "/api/v1/tasks/abc"], ["GET", "/api/v1/metrics/mrr"], ["GET", "/api/v1/metrics/funnel"]] as const) {
        const response = await callApi(method, url, { token: null, headers: authorization === undefined ? {} : { authorization }, json: method === "POST" ? { name: "x" } : undefined });
        await expectProblem(response, 401);
        expect(response.headers.get("www-authenticate"), String(authorization)).toMatch(/^Bearer realm=/);
      }
    }
    expect(await getDb().lead.count({ where: { name: "x" } })).toBe(0);
    // The scheme is case-insensitive (RFC 9110).
    expect((await callApi("GET", "/api/v1/leads", { headers: { authorization: `bearer ${valid}` } })).status).toBe(200);
  });

  it("refuses revoked and expired keys with 401, and stores only the token's SHA-256", async () => {
    const user = await createTestUser("SALES", "Asia/Nicosia");
    const created = await createApiKey(user, { name: "zapier", scope: "READ", expiresOn: "2031-01-15" });
    expect(created.token).toMatch(/^lw_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 11));
    // It stops at the end of its last day in the user's time zone (UTC+2 in January).
    expect(created.expiresAt?.toISOString()).toBe("2031-01-15T22:00:00.000Z");
    const stored = await getDb().apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    expect((await callApi("GET", "/api/v1/leads", { token: created.token })).status).toBe(200);
    await getDb().apiKey.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectProblem(await callApi("GET", "/api/v1/leads", { token: created.token }), 401);

    const other = await createApiKey(user, { name: "export", scope: "READ_WRITE" });
    expect((await callApi("GET", "/api/v1/leads", { token: other.token })).status).toBe(200);
    await revokeApiKey(user, other.id);
    await expectProblem(await callApi("GET", "/api/v1/leads", { token: other.token }), 401);
    const keys = await listApiKeys(user);
    expect(keys.map((k) => [k.name, k.revokedAt !== null])).toEqual([["export", true], ["zapier", false]]);
    expect(Object.keys(keys[0]).sort()).toEqual(["createdAt", "expiresAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "scope"]);
  });

  it("refuses a past expiry day, and revoking someone else's key is a 404", async () => {
    const user = await createTestUser("ADMIN");
    const error = await createApiKey(user, { name: "old", expiresOn: "2020-01-01" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ expiresOn: ["Choose today or a later day"] });
    const key = await createApiKey(user, { name: "mine" });
    const intruder = await createTestUser("ADMIN");
    await expect(revokeApiKey(intruder, key.id)).rejects.toMatchObject({ status: 404 });
    expect((await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
  });

  it("refuses hostile Profile → API keys input field by field, creating no key, and revoke takes only a real id", async () => {
    const user = await createTestUser("ADMIN", "Asia/Nicosia");
    const { fieldErrors } = await corruptEachField(
      [
        {
          name: "createApiKey",
          valid: { name: "Zapier", scope: "READ_WRITE", expiresOn: "2031-01-15" },
          call: (i: never) => createApiKey(user, i),
          readBack: readColumn((r) => getDb().apiKey.findUnique({ where: { id: idOf(r) } }), { expiresOn: (row) => row.expiresAt }),
        },
      ],
      () => getDb().apiKey.count(),
    );
    expect(fieldErrors).toBeGreaterThan(25);
    for (const id of HOSTILE_VALUES) await expect(revokeApiKey(user, id as never)).rejects.toMatchObject({ status: 404 });
  });

  it("records lastUsedAt at most once a minute", async () => {
    const user = await createTestUser("ADMIN");
    const key = await createApiKey(user, { name: "usage" });
    expect((await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeNull();
    await callApi("GET", "/api/v1/leads", { token: key.token });
    const first = (await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await callApi("GET", "/api/v1/leads", { token: key.token });
    expect((await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(first);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await getDb().apiKey.update({ where: { id: key.id }, data: { lastUsedAt: twoMinutesAgo } });
    await callApi("GET", "/api/v1/leads", { token: key.token });
    expect((await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });
});

describe("REST API v1 scopes and roles", () => {
  it("lets a READ key read but answers 403 to every write, storing nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const read = await apiToken(admin, "READ");
    const write = await apiToken(admin, "READ_WRITE");
    const lead = await readJson(await callApi("POST", "/api/v1/leads", { token: write, json: { name: "Scoped" } }));
    const id = String(lead.body.id);
    expect((await callApi("GET", `/api/v1/leads/${id}`, { token: read })).status).toBe(200);
    for (const url of ["/api/v1/metrics/mrr", "/api/v1/metrics/funnel"]) expect((await callApi("GET", url, { token: read })).status, url).toBe(200);
    const before = await getDb().lead.count();
    for (const [method, url, json] of [
      ["POST", "/api/v1/leads", { name: "Not created" }],
      ["PATCH", `/api/v1/leads/${id}`, { name: "Renamed" }],
      ["DELETE", `/api/v1/leads/${id}`, undefined],
      ["POST", "/api/v1/companies", { name: "No company" }],
      ["POST", "/api/v1/projects", { companyId: id, name: "No project", amount: 1 }],
      ["DELETE", `/api/v1/recurring-lines/${id}`, undefined],
      ["POST", `/api/v1/jobs/${id}/cancel`, undefined],
      ["POST", "/api/v1/leads/import?preset=google-maps", undefined],
    ] as const) {
      const body = await expectProblem(await callApi(method, url, { token: read, json }), 403);
      expect(body.detail).toMatch(/scope READ/);
    }
    expect(await getDb().lead.count()).toBe(before);
    expect((await getDb().lead.findUniqueOrThrow({ where: { id } })).name).toBe("Scoped");
  });

  it("applies the key user's role as the UI does: SALES owns what it creates and cannot change others' records", async () => {
    const manager = await createTestUser("MANAGER");
    const sales = await createTestUser("SALES");
    const [managerToken, salesToken] = [await apiToken(manager), await apiToken(sales)];
    const managers = await readJson(await callApi("POST", "/api/v1/leads", { token: managerToken, json: { name: "Manager's lead" } }));
    expect(managers.body.ownerId).toBe(manager.id);
    // SALES may read it, not change or delete it.
    expect((await callApi("GET", `/api/v1/leads/${managers.body.id}`, { token: salesToken })).status).toBe(200);
    await expectProblem(await callApi("PATCH", `/api/v1/leads/${managers.body.id}`, { token: salesToken, json: { city: "Paphos" } }), 403);
    await expectProblem(await callApi("DELETE", `/api/v1/leads/${managers.body.id}`, { token: salesToken }), 403);
    // Creating for someone else: SALES always owns it (the owner it asked for is ignored).
    const salesLead = await readJson(await callApi("POST", "/api/v1/leads", { token: salesToken, json: { name: "Sales lead", ownerId: manager.id } }));
    expect(salesLead.body.ownerId).toBe(sales.id);
    // A manager may edit and hand over anyone's.
    const handed = await readJson(await callApi("PATCH", `/api/v1/leads/${salesLead.body.id}`, { token: managerToken, json: { ownerId: manager.id } }));
    expect(handed).toMatchObject({ status: 200, body: { ownerId: manager.id } });
    // A role change applies to the next request of an existing key.
    await getDb().user.update({ where: { id: sales.id }, data: { role: "MANAGER" } });
    expect((await callApi("PATCH", `/api/v1/leads/${managers.body.id}`, { token: salesToken, json: { city: "Paphos" } })).status).toBe(200);
  });
});

describe("REST API v1 rate limits", () => {
  it("answers 429 with Retry-After beyond API_RATE_LIMIT_PER_MINUTE a key, with RateLimit headers, per key", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "3");
    const user = await createTestUser("ADMIN");
    // Start early in a minute so the three requests share a window.
    const secondsIntoMinute = new Date().getUTCSeconds();
    if (secondsIntoMinute > 50) await new Promise((resolve) => setTimeout(resolve, (61 - secondsIntoMinute) * 1000));
    const token = await apiToken(user);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await callApi("GET", "/api/v1/leads", { token });
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBe("3");
      expect(response.headers.get("ratelimit-policy")).toBe("3;w=60");
      remaining.push(response.headers.get("ratelimit-remaining")!);
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const before = await getDb().lead.count();
    for (const [method, json] of [["GET", undefined], ["POST", { name: "Over the limit" }]] as const) {
      const refused = await callApi(method, "/api/v1/leads", { token, json });
      const body = await expectProblem(refused, 429);
      expect(body.title).toBe("Too Many Requests");
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get("ratelimit-remaining")).toBe("0");
      expect(refused.headers.get("ratelimit-reset")).toBe(String(retryAfter));
    }
    expect(await getDb().lead.count()).toBe(before);
    // Another key of the same user has its own budget.
    expect((await callApi("GET", "/api/v1/leads", { token: await apiToken(user) })).status).toBe(200);
  });
});
