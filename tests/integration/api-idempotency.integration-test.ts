import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { IDEMPOTENCY_TTL_MS } from "@/server/api/run-idempotent";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser, uniqueTag } from "../support/factories";

const countNamed = (name: string) => getDb().lead.count({ where: { name } });

describe("REST API v1 Idempotency-Key", () => {
  it("answers a retried create with the first status and body and creates nothing more", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const name = `Idempotent ${uniqueTag()}`;
    const headers = { "idempotency-key": "5b0c2a7e-7f43-4a53-9c1e-3f1d0c1e9a11" };
    const first = await callApi("POST", "/api/v1/leads", { token, json: { name }, headers });
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    for (let i = 0; i < 3; i++) {
      const retry = await callApi("POST", "/api/v1/leads", { token, json: { name }, headers });
      expect(retry.status).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(await retry.text()).toBe(firstBody);
    }
    expect(await countNamed(name)).toBe(1);
    // Without the header, or with another key, the same body creates again.
    expect((await callApi("POST", "/api/v1/leads", { token, json: { name } })).status).toBe(201);
    expect((await callApi("POST", "/api/v1/leads", { token, json: { name }, headers: { "idempotency-key": "another" } })).status).toBe(201);
    expect(await countNamed(name)).toBe(3);
    // Keys belong to an API key: another key's same Idempotency-Key is a new request.
    expect((await callApi("POST", "/api/v1/leads", { token: await apiToken(user), json: { name }, headers })).status).toBe(201);
    expect(await countNamed(name)).toBe(4);
  });

  it("replays a refusal too, and answers 422 for the same key with another body or path", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const headers = { "idempotency-key": `k-${uniqueTag()}` };
    const refused = await readJson(await callApi("POST", "/api/v1/leads", { token, json: { name: "" }, headers }));
    expect(refused).toMatchObject({ status: 422, body: { errors: { name: ["Business name is required"] } } });
    const replay = await callApi("POST", "/api/v1/leads", { token, json: { name: "" }, headers });
    expect(replay.headers.get("content-type")).toContain("application/problem+json");
    expect(await readJson(replay)).toEqual(refused);

    const name = `Once ${uniqueTag()}`;
    const key = { "idempotency-key": `k-${uniqueTag()}` };
    expect((await callApi("POST", "/api/v1/leads", { token, json: { name }, headers: key })).status).toBe(201);
    const otherBody = await readJson(await callApi("POST", "/api/v1/leads", { token, json: { name: `${name}!` }, headers: key }));
    expect(otherBody).toMatchObject({ status: 422, body: { errors: { "Idempotency-Key": [expect.stringMatching(/another method, path or body/)] } } });
    const otherPath = await callApi("POST", "/api/v1/companies", { token, json: { name }, headers: key });
    expect(otherPath.status).toBe(422);
    expect(await countNamed(`${name}!`)).toBe(0);
    expect(await getDb().company.count({ where: { name } })).toBe(0);
  });

  it("answers 409 while the first request with the key is still running, and forgets keys after 24 hours", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const apiKeyId = (await getDb().apiKey.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } })).id;
    const name = `In flight ${uniqueTag()}`;
    const body = JSON.stringify({ name });
    const { createHash } = await import("node:crypto");
    // A first request that has claimed the key and not finished (as a concurrent one would have).
    await getDb().apiIdempotencyRecord.create({
      data: { apiKeyId, key: "busy", method: "POST", path: "/api/v1/leads", requestHash: createHash("sha256").update(body).digest("hex"), status: null },
    });
    const busy = await readJson(await callApi("POST", "/api/v1/leads", { token, body, headers: { "content-type": "application/json", "idempotency-key": "busy" } }));
    expect(busy).toMatchObject({ status: 409, body: { title: "Conflict" } });
    expect(await countNamed(name)).toBe(0);

    // A record older than 24 h is stale: the key works afresh.
    await getDb().apiIdempotencyRecord.updateMany({ where: { apiKeyId, key: "busy" }, data: { createdAt: new Date(Date.now() - IDEMPOTENCY_TTL_MS - 1000) } });
    const fresh = await callApi("POST", "/api/v1/leads", { token, body, headers: { "content-type": "application/json", "idempotency-key": "busy" } });
    expect(fresh.status).toBe(201);
    expect(await countNamed(name)).toBe(1);
    expect(await getDb().apiIdempotencyRecord.findUniqueOrThrow({ where: { apiKeyId_key: { apiKeyId, key: "busy" } } })).toMatchObject({ status: 201 });
  });

  it("makes actions safe to retry too (a cancel replays instead of answering 409)", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const { enqueueJob } = await import("@/server/jobs/enqueue-job");
    const { queueMaintenanceJob } = await import("@/server/jobs/queue-maintenance-job");
    const { id } = await enqueueJob(queueMaintenanceJob, { payload: {}, runAt: new Date(Date.now() + 3_600_000), createdById: user.id });
    const headers = { "idempotency-key": `cancel-${id}` };
    const first = await readJson(await callApi("POST", `/api/v1/jobs/${id}/cancel`, { token, headers }));
    expect(first).toMatchObject({ status: 200, body: { status: "CANCELLED" } });
    expect(await readJson(await callApi("POST", `/api/v1/jobs/${id}/cancel`, { token, headers }))).toEqual(first);
    expect((await callApi("POST", `/api/v1/jobs/${id}/cancel`, { token })).status).toBe(409);
    await getDb().job.delete({ where: { id } });
  });

  it("refuses a malformed Idempotency-Key with 400", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const name = `Bad key ${uniqueTag()}`;
    for (const key of ["", "x".repeat(256), "has space", "ünïcode"]) {
      const response = await readJson(await callApi("POST", "/api/v1/leads", { token, json: { name }, headers: { "idempotency-key": key } }));
      expect(response, JSON.stringify(key)).toMatchObject({ status: 400, body: { errors: { "Idempotency-Key": [expect.any(String)] } } });
    }
    expect(await countNamed(name)).toBe(0);
  });
});
