import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { runJobNow } from "@/server/jobs/run-job-now";
import { createLeadGenerationJob } from "@/server/services/lead-generation/create-lead-generation-job";
import { googleMapsRunJobType, type RunClock } from "@/server/services/lead-generation/google-maps-run-job";
import { createTestUser, type TestActor } from "../support/factories";
import { startFakeGosom, type FakeGosom } from "../support/fake-gosom-server";

let gosom: FakeGosom;
let admin: TestActor;

/** A virtual clock: each wait moves it forward at once, so a scrape that never finishes hits its deadline without real waiting. */
function virtualClock(): RunClock & { waited: number[] } {
  let now = Date.UTC(2026, 11, 7, 9, 0, 0);
  const waited: number[] = [];
  return {
    waited,
    now: () => new Date(now),
    sleep: async (ms) => {
      waited.push(ms);
      now += ms;
    },
  };
}

beforeAll(async () => {
  gosom = await startFakeGosom();
  admin = await createTestUser("ADMIN", "Asia/Nicosia");
});

afterAll(async () => {
  await gosom.close();
});

afterEach(() => {
  vi.unstubAllEnvs();
  gosom.behave({});
});

/** Starts a Google Maps run the way the panel does and runs it here with the virtual clock. */
async function runGoogleMaps(settings: Record<string, unknown> = {}) {
  vi.stubEnv("LEADWELL_ALLOW_LOOPBACK_FETCH", "1");
  vi.stubEnv("GMAPS_SCRAPER_URL", gosom.url);
  const clock = virtualClock();
  const job = await createLeadGenerationJob(admin, { source: "google-maps", keywords: "restaurants in Paphos", lat: 34.77, lon: 32.42, maxTimeMinutes: 3, ...settings });
  const status = await runJobNow(googleMapsRunJobType({ clock }), job.id);
  const stored = await getDb().job.findUniqueOrThrow({ where: { id: job.id }, include: { logEntries: { orderBy: { at: "asc" } } } });
  return { status, job: stored, clock, log: stored.logEntries.map((entry) => entry.message) };
}

describe("Google Maps runs through a gosom scraper", () => {
  it("creates the scrape, polls pending → working → ok with backoff, and imports the 118 Cyprus places tagged with the run", async () => {
    gosom.behave({ pendingPolls: 2, workingPolls: 2 });
    const { status, job, clock, log } = await runGoogleMaps();
    expect(status).toBe("SUCCEEDED");
    const [request] = gosom.jobs.slice(-1);
    expect(request.body).toMatchObject({ keywords: ["restaurants in paphos"], lang: "en", zoom: 15, lat: "34.77", lon: "32.42", radius: 10000, depth: 10, email: false, max_time: 180 });
    expect(clock.waited).toEqual([2000, 4000, 8000, 16000]);
    expect(log.filter((line) => line.includes(": pending") || line.includes(": working") || line.includes(": ok"))).toHaveLength(3);
    // 125 rows, 7 of them places already listed in the same file: 118 leads.
    expect(job).toMatchObject({ total: 125, processed: 125, created: 118, skipped: 7, failed: 0 });
    const tag = (job.result as { tag: string }).tag;
    expect(tag).toBe("gmaps: restaurants in paphos 2026-12-07");
    const leads = await getDb().lead.findMany({ where: { sourceJobId: job.id }, include: { tags: { select: { name: true } } } });
    expect(leads).toHaveLength(118);
    expect(leads.every((lead) => lead.tags.some((t) => t.name === tag) && lead.externalId && lead.source === "google-maps")).toBe(true);
    expect(leads.find((lead) => lead.name === "Island Beach Bar and Restaurant")).toMatchObject({ city: "Poli Crysochous", country: "Cyprus", ownerId: admin.id });

    // The same places again: every one is a duplicate by place id, nothing new.
    const again = await runGoogleMaps();
    expect(again.job).toMatchObject({ status: "SUCCEEDED", processed: 125, created: 0, skipped: 125 });
    expect(await getDb().lead.count({ where: { sourceJobId: again.job.id } })).toBe(0);
  });

  it("fails with the scraper's verdict when the scrape fails, importing nothing", async () => {
    gosom.behave({ fail: true });
    const { status, job } = await runGoogleMaps();
    expect(status).toBe("FAILED");
    expect(job.lastError).toMatch(/reports that job .* failed/);
    expect(await getDb().lead.count({ where: { sourceJobId: job.id } })).toBe(0);
  });

  it("gives up with a clear error when the scrape never finishes within its maximum time and margin", async () => {
    gosom.behave({ neverFinish: true });
    const { status, job, clock } = await runGoogleMaps({ maxTimeMinutes: 3 });
    expect(status).toBe("FAILED");
    expect(job.lastError).toMatch(/did not finish job .* within 3 minutes \(plus 2 minutes' margin\); it is still "working"/);
    // Backoff doubles to 30 s and the run stops once 5 minutes have passed.
    expect(clock.waited.slice(0, 5)).toEqual([2000, 4000, 8000, 16000, 30000]);
    expect(clock.waited.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 60_000);
    expect(await getDb().lead.count({ where: { sourceJobId: job.id } })).toBe(0);
  });

  it("imports nothing from a malformed results file and says where it broke", async () => {
    const header = "input_id,link,title,category,address,open_hours,popular_times,website,phone,plus_code,review_count,review_rating,reviews_per_rating,latitude,longitude,cid,status,descriptions,reviews_link,thumbnail,timezone,price_range,data_id,images,reservations,order_online,menu,owner,complete_address,about,user_reviews,emails";
    gosom.behave({ csv: `${header}\n1,https://maps/1,Good Place,Cafe,,{},{},,,,1,4.5,{},,,,,,,,,,0x1:0x1,[],[],[],{},{},{},[],[],\n2,https://maps/2,"Broken place,Cafe\n` });
    const { status, job } = await runGoogleMaps();
    expect(status).toBe("FAILED");
    expect(job.lastError).toMatch(/The file is malformed at line 3: A quoted cell starting on this line is never closed.*Nothing was imported/);
    expect(await getDb().lead.count({ where: { sourceJobId: job.id } })).toBe(0);
    expect(await getDb().lead.count({ where: { name: "Good Place" } })).toBe(0);
  });

  it("fails clearly when the scraper cannot be reached, and refuses a run when GMAPS_SCRAPER_URL is not set", async () => {
    vi.stubEnv("LEADWELL_ALLOW_LOOPBACK_FETCH", "1");
    vi.stubEnv("GMAPS_SCRAPER_URL", "http://127.0.0.1:9/");
    const job = await createLeadGenerationJob(admin, { source: "google-maps", keywords: ["bakery"] });
    expect(await runJobNow(googleMapsRunJobType({ clock: virtualClock() }), job.id)).toBe("FAILED");
    const stored = await getDb().job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored.lastError).toMatch(/^The Google Maps scraper could not be reached: /);

    vi.stubEnv("GMAPS_SCRAPER_URL", "");
    const refused = await createLeadGenerationJob(admin, { source: "google-maps", keywords: ["bakery"] }).catch((error) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.message).toMatch(/set GMAPS_SCRAPER_URL/);
  });

  it("refuses bad run settings field by field, creating no job", async () => {
    vi.stubEnv("GMAPS_SCRAPER_URL", gosom.url);
    const before = await getDb().job.count();
    const error = await createLeadGenerationJob(admin, { source: "google-maps", keywords: "", lat: 91, zoom: "x", maxTimeMinutes: 1, lang: "english" } as never).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["keywords", "lang", "lat", "maxTimeMinutes", "zoom"]);
    expect(await getDb().job.count()).toBe(before);
  });
});
