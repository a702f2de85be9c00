import "server-only";
import { z } from "zod";
import type { GoogleMapsRun } from "@/lib/validation/lead-generation";
import { ValidationError } from "@/server/errors";
import { fetchFromSource, type SourceFetch } from "./fetch-source";

const SCRAPER = "The Google Maps scraper";

/** A gosom job's state: pending, working, ok (results ready) or failed. */
export type GosomStatus = "pending" | "working" | "ok" | "failed";

/** Largest results file accepted from the scraper, in bytes (the lead import's upload cap). */
const MAX_RESULTS_BYTES = 50 * 1024 * 1024;

/**
 * The scraper's base URL from GMAPS_SCRAPER_URL (e.g. http://127.0.0.1:8080), without a trailing
 * slash, or null when it is not set.
 */
export function gmapsScraperUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.GMAPS_SCRAPER_URL?.trim();
  return url ? url.replace(/\/+$/, "") : null;
}

/** The base URL, or a clear error when Google Maps is not configured. @throws ValidationError */
export function requireGmapsScraperUrl(): string {
  const url = gmapsScraperUrl();
  if (!url) throw new ValidationError("Google Maps is not configured: set GMAPS_SCRAPER_URL to your google-maps-scraper server's URL");
  return url;
}

function parseJson(body: Buffer, what: string): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new ValidationError(`${SCRAPER} answered ${what} with something that is not JSON: is GMAPS_SCRAPER_URL the scraper's web server?`);
  }
}

const createdSchema = z.object({ id: z.string().min(1).max(200) });
const statusSchema = z.union([z.object({ Status: z.string() }), z.object({ status: z.string() })]).transform((v) => ("Status" in v ? v.Status : v.status));

/**
 * Creates a scrape at a gosom google-maps-scraper web server (`POST /api/v1/jobs`, its web/API
 * mode: github.com/gosom/google-maps-scraper, web/web.go `apiScrape`; max_time is in seconds there).
 * @returns the scraper's job id.
 * @throws ValidationError when the scraper cannot be reached or answers with an error or no id.
 */
export async function createGosomJob(fetch: SourceFetch, baseUrl: string, { name, run }: { name: string; run: GoogleMapsRun }): Promise<string> {
  const body = JSON.stringify({
    name,
    keywords: run.keywords,
    lang: run.lang,
    zoom: run.zoom,
    lat: run.lat === undefined ? "" : String(run.lat),
    lon: run.lon === undefined ? "" : String(run.lon),
    radius: run.radius,
    depth: run.depth,
    email: run.email,
    max_time: run.maxTimeMinutes * 60,
  });
  const response = await fetchFromSource(fetch, `${baseUrl}/api/v1/jobs`, SCRAPER, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
    accept: "application/json",
  });
  const created = createdSchema.safeParse(parseJson(response.body, "the new job"));
  if (!created.success) throw new ValidationError(`${SCRAPER} created no job (its answer has no id)`);
  return created.data.id;
}

/**
 * The state of a scraper job (`GET /api/v1/jobs/{id}`).
 * @throws ValidationError when the scraper cannot be reached, answers with an error, or reports a status it does not document.
 */
export async function getGosomStatus(fetch: SourceFetch, baseUrl: string, id: string): Promise<GosomStatus> {
  const response = await fetchFromSource(fetch, `${baseUrl}/api/v1/jobs/${encodeURIComponent(id)}`, SCRAPER, { accept: "application/json" });
  const status = statusSchema.safeParse(parseJson(response.body, "the job's status"));
  const value = status.success ? status.data.toLowerCase() : "";
  if (value === "pending" || value === "working" || value === "ok" || value === "failed") return value;
  throw new ValidationError(`${SCRAPER} reported an unknown status for job ${id}: ${status.success ? status.data : "none"}`);
}

/**
 * Downloads a finished job's results CSV (`GET /api/v1/jobs/{id}/download`), at most 50 MiB.
 * @throws ValidationError when it cannot be fetched.
 */
export async function downloadGosomCsv(fetch: SourceFetch, baseUrl: string, id: string): Promise<Buffer> {
  const response = await fetchFromSource(fetch, `${baseUrl}/api/v1/jobs/${encodeURIComponent(id)}/download`, SCRAPER, {
    accept: "text/csv",
    maxBytes: MAX_RESULTS_BYTES,
    timeoutMs: 60_000,
  });
  return response.body;
}
