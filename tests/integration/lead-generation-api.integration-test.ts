import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { runJobNow } from "@/server/jobs/run-job-now";
import { urlImportJob } from "@/server/services/lead-generation/url-import-job";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser, type TestActor } from "../support/factories";
import { startFakeFeeds, type FakeFeeds } from "../support/fake-feeds";
import { HOSTILE_VALUES } from "../support/hostile-values";

let feeds: FakeFeeds;
let admin: TestActor;
let token: string;

beforeAll(async () => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "1000000");
  feeds = await startFakeFeeds();
  admin = await createTestUser("ADMIN");
  token = await apiToken(admin);
});

afterAll(async () => {
  await feeds.close();
  vi.unstubAllEnvs();
});

afterEach(() => {
  vi.stubEnv("GMAPS_SCRAPER_URL", "");
});

async function expectProblem(response: Response, status: number): Promise<{ detail?: string; errors?: Record<string, string[]> }> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return response.json();
}

describe("/api/jobs with an API key", () => {
  it("creates and runs a job, lists, gets and cancels jobs, and counts leads per source", async () => {
    vi.stubEnv("LEADWELL_ALLOW_LOOPBACK_FETCH", "1");
    const url = feeds.serve("/api.json", JSON.stringify([{ name: "Api Lead One" }, { name: "Api Lead Two" }]), "application/json");
    const created = await callApi("POST", "/api/jobs", { token, json: { source: "url-import", url, mapping: { columns: { name: "name" } } } });
    const job = await readJson(created);
    expect(job).toMatchObject({ status: 201, body: { type: "URL_IMPORT", status: "QUEUED", createdBy: { id: admin.id } } });
    expect(created.headers.get("location")).toBe(`/api/jobs/${job.body.id}`);
    expect(await runJobNow(urlImportJob, String(job.body.id))).toBe("SUCCEEDED");
    expect(await readJson(await callApi("GET", `/api/jobs/${job.body.id}`, { token }))).toMatchObject({ status: 200, body: { status: "SUCCEEDED", created: 2 } });

    // A second job, cancelled while queued.
    const queued = await readJson(await callApi("POST", "/api/jobs", { token, json: { source: "url-import", url, preset: "google-maps" } }));
    const cancelled = await readJson(await callApi("DELETE", `/api/jobs/${queued.body.id}`, { token }));
    expect(cancelled).toMatchObject({ status: 200, body: { status: "CANCELLED" } });
    expect((await expectProblem(await callApi("DELETE", `/api/jobs/${queued.body.id}`, { token }), 409)).detail).toMatch(/already been cancelled/);

    const list = await readJson(await callApi("GET", "/api/jobs?type=URL_IMPORT&limit=1", { token }));
    expect(list.body.data).toHaveLength(1);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await readJson(await callApi("GET", `/api/jobs?type=URL_IMPORT&cursor=${list.body.nextCursor}`, { token }));
    expect([...(list.body.data as Array<{ id: string }>), ...(next.body.data as Array<{ id: string }>)].map((j) => j.id)).toEqual([job.body.id, queued.body.id]);
    // Other job types are not lead generation.
    expect((await readJson(await callApi("GET", "/api/jobs?type=LEAD_IMPORT", { token }))).body.data).toEqual([]);

    const lead = await getDb().lead.findFirstOrThrow({ where: { name: "Api Lead One" } });
    await getDb().activity.create({ data: { type: "EMAIL", direction: "OUTBOUND", leadId: lead.id, authorId: admin.id, occurredAt: new Date() } });
    await getDb().lead.update({ where: { id: lead.id }, data: { convertedAt: new Date() } });
    const stats = await readJson(await callApi("GET", "/api/jobs/stats", { token }));
    expect(stats.body).toEqual(
      expect.arrayContaining([
        { source: "url-import", label: "Import from a URL", runs: 2, created: 2, contacted: 1, replied: 0, converted: 1 },
        { source: "google-maps", label: "Google Maps", runs: 0, created: 0, contacted: 0, replied: 0, converted: 0 },
      ]),
    );
  });

  it("lists the sources, Google Maps configured only with GMAPS_SCRAPER_URL", async () => {
    const sources = async () => (await readJson(await callApi("GET", "/api/jobs/sources", { token }))).body as unknown as Array<{ source: string; configured: boolean }>;
    expect((await sources()).map((s) => s.source)).toEqual(["google-maps", "keyword-monitor", "url-import", "website-audit"]);
    expect((await sources())[0].configured).toBe(false);
    vi.stubEnv("GMAPS_SCRAPER_URL", "http://127.0.0.1:8080");
    expect((await sources())[0].configured).toBe(true);
  });

  it("answers 401 without a valid key and 403 to writes with a READ key, storing nothing", async () => {
    const read = await apiToken(admin, "READ");
    const before = await getDb().job.count();
    for (const authorization of ["Bearer", "Bearer lw_nope", `Basic ${token}`]) {
      for (const [method, url] of [["GET", "/api/jobs"], ["POST", "/api/jobs"], ["DELETE", "/api/jobs/abc"], ["GET", "/api/jobs/stats"], ["GET", "/api/jobs/sources"]] as const) {
        const response = await callApi(method, url, { token: null, headers: { authorization }, json: method === "POST" ? { source: "url-import" } : undefined });
        await expectProblem(response, 401);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm=/);
      }
    }
    for (const [method, url] of [["POST", "/api/jobs"], ["DELETE", "/api/jobs/abc"]] as const) {
      expect((await expectProblem(await callApi(method, url, { token: read, json: method === "POST" ? { source: "url-import", url: "http://x.example/a.csv", preset: "google-maps" } : undefined }), 403)).detail).toMatch(/scope READ/);
    }
    expect(await getDb().job.count()).toBe(before);
  });

  it("refuses hostile bodies, values, ids and query strings with 4xx problem+json, creating no job", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await getDb().job.count();
    expect((await expectProblem(await callApi("POST", "/api/jobs", { token, body: '{"source":', headers: { "content-type": "application/json" } }), 400)).detail).toBeTruthy();
    await expectProblem(await callApi("POST", "/api/jobs", { token, body: "source=url-import", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    await expectProblem(await callApi("POST", "/api/jobs", { token, json: [] }), 400);
    expect((await expectProblem(await callApi("POST", "/api/jobs", { token, json: { source: "ftp" } }), 422)).errors).toHaveProperty("source");
    const valid: Record<string, Record<string, unknown>> = {
      "google-maps": { source: "google-maps", keywords: ["pizza"], lat: 35, lon: 33 },
      "url-import": { source: "url-import", url: "http://files.example/a.csv", preset: "google-maps" },
      "keyword-monitor": { source: "keyword-monitor", monitorId: "cm0000000000000000000000" },
    };
    vi.stubEnv("GMAPS_SCRAPER_URL", "http://127.0.0.1:8080");
    for (const [source, input] of Object.entries(valid)) {
      for (const field of Object.keys(input).filter((key) => key !== "source")) {
        for (const value of HOSTILE_VALUES) {
          const response = await callApi("POST", "/api/jobs", { token, json: { ...input, [field]: value } });
          const label = `${source}.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
          expect(response.status, label).not.toBe(500);
          if (response.status >= 400) expect(response.headers.get("content-type"), label).toContain("application/problem+json");
          else await getDb().job.deleteMany({ where: { id: String((await response.json()).id) } });
        }
      }
    }
    for (const id of HOSTILE_VALUES.filter((v): v is string => typeof v === "string" && v.length > 0 && !v.includes("/"))) {
      await expectProblem(await callApi("GET", `/api/jobs/${encodeURIComponent(id)}`, { token }), 404);
      await expectProblem(await callApi("DELETE", `/api/jobs/${encodeURIComponent(id)}`, { token }), 404);
    }
    for (const query of ["?limit=0", "?limit=abc", "?cursor=bogus", "?nope=1", "?status=DONE"]) await expectProblem(await callApi("GET", `/api/jobs${query}`, { token }), 400);
    expect(await getDb().job.count()).toBe(before);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
});
