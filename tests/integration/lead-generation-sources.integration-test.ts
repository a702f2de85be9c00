import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { enqueueDueSchedules } from "@/server/jobs/enqueue-due-schedules";
import { registerBuiltInJobTypes } from "@/server/jobs/job-types";
import { runJobNow } from "@/server/jobs/run-job-now";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { createLead } from "@/server/services/leads/create-lead";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { createLeadGenerationJob } from "@/server/services/lead-generation/create-lead-generation-job";
import { deleteKeywordMonitor } from "@/server/services/lead-generation/delete-keyword-monitor";
import { keywordMonitorJob } from "@/server/services/lead-generation/keyword-monitor-job";
import { saveKeywordMonitor } from "@/server/services/lead-generation/save-keyword-monitor";
import { urlImportJob } from "@/server/services/lead-generation/url-import-job";
import { createTestUser, type TestActor } from "../support/factories";
import { CYPRUS_RESULTS_CSV } from "../support/fake-gosom-server";
import { atomFeed, rssFeed, startFakeFeeds, type FakeFeeds } from "../support/fake-feeds";

let feeds: FakeFeeds;
let admin: TestActor;
let uploadDir: string;

beforeAll(async () => {
  feeds = await startFakeFeeds();
  admin = await createTestUser("ADMIN", "Asia/Nicosia");
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
});

afterAll(async () => {
  await feeds.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const allowLoopback = () => vi.stubEnv("LEADWELL_ALLOW_LOOPBACK_FETCH", "1");

async function runMonitor(monitorId: string) {
  allowLoopback();
  const job = await createLeadGenerationJob(admin, { source: "keyword-monitor", monitorId });
  await runJobNow(keywordMonitorJob, job.id);
  return getDb().job.findUniqueOrThrow({ where: { id: job.id } });
}

describe("keyword monitors", () => {
  it("turns matching posts into signals on new or matching leads, skips negative keywords, and dedupes by URL", async () => {
    const existing = await createLead(admin, { name: "Olive Grove Taverna", website: "https://olivegrove.example" });
    const url = feeds.serve(
      "/jobs.rss",
      rssFeed([
        { title: "Need a new website for our taverna", link: "https://board.example/p/1", description: "<p>Our site https://olivegrove.example/menu is <b>outdated</b>.</p>" },
        { title: "Website redesign wanted", link: "https://board.example/p/2", description: "Small bakery looking for a web designer", author: "Sunrise Bakery" },
        { title: "Website redesign — unpaid internship", link: "https://board.example/p/3", description: "We need a website, unpaid" },
        { title: "Plumber needed", link: "https://board.example/p/4", description: "Kitchen sink" },
      ]),
    );
    const { id } = await saveKeywordMonitor(admin, { name: "Job board", kind: "FEED", url, keywords: "website\nweb designer", negativeKeywords: "unpaid" });
    const job = await runMonitor(id);
    expect(job).toMatchObject({ status: "SUCCEEDED", processed: 4, created: 1, updated: 1, skipped: 0 });
    const signals = await getDb().leadSignal.findMany({ orderBy: { url: "asc" }, include: { lead: { select: { id: true, name: true, sourceJobId: true, source: true } } } });
    expect(signals.map((s) => [s.url, s.lead.name, s.matched])).toEqual([
      ["https://board.example/p/1", "Olive Grove Taverna", ["website"]],
      ["https://board.example/p/2", "Sunrise Bakery", ["website", "web designer"]],
    ]);
    expect(signals[0].lead.id).toBe(existing.id);
    expect(signals[0].snippet).toBe("Our site https://olivegrove.example/menu is outdated.");
    expect(signals[1].lead).toMatchObject({ sourceJobId: job.id, source: "monitor: Job board" });

    // The same feed again: both posts are known; nothing new.
    const again = await runMonitor(id);
    expect(again).toMatchObject({ status: "SUCCEEDED", processed: 4, created: 0, updated: 0, skipped: 2 });
    expect(await getDb().leadSignal.count()).toBe(2);
    await deleteKeywordMonitor(admin, id);
  });

  it("reads Atom feeds and Reddit searches through REDDIT_BASE_URL", async () => {
    feeds.serve("/search.rss", atomFeed([{ title: "Any recommendations for a web developer in Limassol?", link: "https://www.reddit.com/r/cyprus/comments/abc", description: "Our shop has no website", author: "/u/limassolshop" }]), "application/atom+xml");
    vi.stubEnv("REDDIT_BASE_URL", feeds.url);
    const { id } = await saveKeywordMonitor(admin, { name: "Reddit Cyprus", kind: "REDDIT", url: "web developer cyprus", keywords: ["web developer"] });
    const job = await runMonitor(id);
    expect(job).toMatchObject({ status: "SUCCEEDED", created: 1 });
    expect(feeds.requests.at(-1)).toBe("/search.rss?q=web+developer+cyprus&sort=new");
    expect(await getDb().leadSignal.findUniqueOrThrow({ where: { url: "https://www.reddit.com/r/cyprus/comments/abc" }, include: { lead: true } })).toMatchObject({ lead: { name: "/u/limassolshop", website: null } });
  });

  it("fails with a clear error when the feed is not XML or not a feed, recording nothing", async () => {
    const html = feeds.serve("/page.html", "<!doctype html><html><body>Hi", "text/html");
    const json = feeds.serve("/data.json", '{"items": []}', "application/json");
    for (const [url, message] of [
      [html, /could not be read: it is not well-formed XML/],
      [json, /could not be read: it is not XML \(it starts with "\{"items": \[\]\}"\)/],
    ] as const) {
      const { id } = await saveKeywordMonitor(admin, { name: "Broken", kind: "FEED", url, keywords: ["website"] });
      const job = await runMonitor(id);
      expect(job.status).toBe("FAILED");
      expect(job.lastError).toMatch(message);
    }
  });

  it("runs on its schedule: the monitor's JobSchedule enqueues its job at each slot", async () => {
    registerBuiltInJobTypes();
    const url = feeds.serve("/scheduled.rss", rssFeed([]));
    const now = new Date("2026-12-07T09:00:30Z");
    const { id } = await saveKeywordMonitor(admin, { name: "Hourly", kind: "FEED", url, keywords: ["website"], cron: "0 * * * *" }, undefined, now);
    const schedule = await getDb().jobSchedule.findUniqueOrThrow({ where: { name: `monitor:${id}` } });
    expect(schedule).toMatchObject({ jobType: "KEYWORD_MONITOR", timeZone: "Asia/Nicosia", nextRunAt: new Date("2026-12-07T10:00:00Z") });
    expect(await enqueueDueSchedules(new Date("2026-12-07T10:00:05Z"))).toBeGreaterThanOrEqual(1);
    const job = await getDb().job.findFirstOrThrow({ where: { type: "KEYWORD_MONITOR", uniqueKey: { startsWith: `schedule:monitor:${id}:` } } });
    expect(job.payload).toEqual({ monitorId: id });
    // Without a schedule the row goes away.
    await saveKeywordMonitor(admin, { name: "Hourly", kind: "FEED", url, keywords: ["website"], cron: "" }, id, now);
    expect(await getDb().jobSchedule.count({ where: { name: `monitor:${id}` } })).toBe(0);
  });

  it("refuses bad monitor input field by field", async () => {
    const error = await saveKeywordMonitor(admin, { name: "", kind: "FEED", url: "javascript:alert(1)", keywords: "", cron: "every day" } as never).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["cron", "keywords", "name", "url"]);
  });
});

describe("imports from a URL", () => {
  async function runUrlImport(settings: Record<string, unknown>) {
    allowLoopback();
    const job = await createLeadGenerationJob(admin, { source: "url-import", ...settings } as never);
    await runJobNow(urlImportJob, job.id);
    return getDb().job.findUniqueOrThrow({ where: { id: job.id } });
  }

  it("imports a CSV file with a preset and a JSON file with a mapping, linking the leads to the job", async () => {
    const csv = feeds.serve("/cyprus.csv", fs.readFileSync(CYPRUS_RESULTS_CSV, "utf8"), "text/csv");
    const first = await runUrlImport({ url: csv, preset: "google-maps" });
    expect(first).toMatchObject({ status: "SUCCEEDED", processed: 125, skipped: 7 });
    expect(await getDb().lead.count({ where: { sourceJobId: first.id } })).toBe(first.created);

    const json = feeds.serve("/leads.json", JSON.stringify([{ company: "Json Cafe", phone: "+357 22 000001" }, { company: "Json Bar", phone: null }]), "application/json");
    const second = await runUrlImport({ url: json, mapping: { columns: { name: "company", phone: "phone" } } });
    expect(second).toMatchObject({ status: "SUCCEEDED", processed: 2, created: 2 });
    expect((await getDb().lead.findMany({ where: { sourceJobId: second.id }, orderBy: { name: "asc" } })).map((l) => [l.name, l.phone])).toEqual([["Json Bar", null], ["Json Cafe", "+357 22 000001"]]);
  });

  it("imports nothing from malformed CSV or JSON, a missing file or a bad mapping", async () => {
    const before = await getDb().lead.count();
    const cases = [
      [feeds.serve("/bad.csv", 'name,phone\nGood Row,1\n"Cut row,2\n', "text/csv"), { mapping: { columns: { name: "name" } } }, /malformed at line 3/],
      [feeds.serve("/bad.json", '[{"name":"Good"},{"name":"Cut"', "application/json"), { mapping: { columns: { name: "name" } } }, /malformed at record 2: Record 2 is cut off/],
      [feeds.serve("/not-objects.json", "[1,2]", "application/json"), { mapping: { columns: { name: "name" } } }, /record 1: Record 1 is not a JSON object/],
      [`${feeds.url}/missing.csv`, { preset: "google-maps" }, /answered HTTP 404/],
      [feeds.serve("/other.csv", "a,b\n1,2\n", "text/csv"), { preset: "google-maps" }, /The column mapping does not fit the file/],
    ] as const;
    for (const [url, settings, message] of cases) {
      const job = await runUrlImport({ url, ...settings });
      expect(job.status, url).toBe("FAILED");
      expect(job.lastError, url).toMatch(message);
    }
    expect(await getDb().lead.count()).toBe(before);
  });

  it("refuses a URL import without a preset or mapping, an unknown preset, and a non-http URL", async () => {
    for (const [settings, field] of [
      [{ url: "http://example.com/a.csv" }, "preset"],
      [{ url: "http://example.com/a.csv", preset: "nope" }, "preset"],
      [{ url: "file:///etc/passwd", preset: "google-maps" }, "url"],
    ] as const) {
      const error = await createLeadGenerationJob(admin, { source: "url-import", ...settings } as never).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
    }
  });
});

describe("JSON files in the lead import", () => {
  it("previews and imports gosom's JSON output (JSON Lines) with the gosom JSON preset", async () => {
    const lines = [
      { input_id: "1", link: "https://maps/1", title: "Lines Cafe", category: "Cafe", web_site: "https://linescafe.example", phone: "+357 99 111111", review_count: 12, review_rating: 4.6, data_id: "0xjson:1", complete_address: { city: "Nicosia", country: "CY" }, emails: ["hello@linescafe.example"] },
      { input_id: "1", link: "https://maps/2", title: "Lines Bar", category: "Bar", web_site: "", phone: "", review_count: 3, review_rating: 4.1, data_id: "0xjson:2", complete_address: { city: "Larnaca", country: "CY" }, emails: [] },
    ];
    const text = lines.map((line) => JSON.stringify(line)).join("\n");
    const preview = await previewLeadImport({ sample: text, truncated: false });
    expect(preview).toMatchObject({ format: { type: "json" }, preset: "google-maps-json" });
    expect(preview.rows.map((row) => row.values?.name)).toEqual(["Lines Cafe", "Lines Bar"]);
    const summary = await importLeadFile(admin, { source: Readable.from([Buffer.from(text)]), settings: { fileName: "results.json", format: preview.format, mapping: preview.mapping, dedupe: preview.dedupe, preset: preview.preset } });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 2 });
    expect(await getDb().lead.findFirstOrThrow({ where: { externalId: "0xjson:1" } })).toMatchObject({ name: "Lines Cafe", website: "https://linescafe.example", city: "Nicosia", country: "Cyprus", rating: 4.6, reviewCount: 12 });
  });

  it("previews the start of a JSON array cut mid-record, and reports a malformed record as a row error", async () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ name: `Array Lead ${i}`, email: `lead${i}@array.example` }));
    const text = JSON.stringify(records, null, 2);
    const preview = await previewLeadImport({ sample: text.slice(0, 700), truncated: true });
    expect(preview.format.type).toBe("json");
    expect(preview.columns).toEqual(["name", "email"]);
    expect(preview.rows.length).toBeGreaterThan(3);
    expect(preview.rows.every((row) => row.error === null)).toBe(true);

    const broken = '[{"name":"Fine Lead"},{"name": oops}]';
    const summary = await importLeadFile(admin, { source: Readable.from([Buffer.from(broken)]), settings: { fileName: "broken.json", format: { delimiter: ",", hasHeader: true, type: "json" }, mapping: { columns: { name: "name" } }, dedupe: { match: [], mode: "create" } } });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 1, failed: 1 });
    const [rowError] = await getDb().jobRowError.findMany({ where: { jobId: summary.jobId } });
    expect(rowError).toMatchObject({ line: 2 });
    expect(rowError.reason).toMatch(/Record 2 is not valid JSON/);
  });
});
