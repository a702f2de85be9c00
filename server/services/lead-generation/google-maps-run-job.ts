import { setTimeout as delay } from "node:timers/promises";
import { z } from "zod";
import { googleMapsPreset } from "@/lib/import/presets/google-maps";
import { gmapsRunTag } from "@/lib/lead-generation/gmaps-run-tag";
import { googleMapsRunSchema, type GoogleMapsRun } from "@/lib/validation/lead-generation";
import { ValidationError } from "@/server/errors";
import { defineJobType, type JobContext } from "@/server/jobs/job-type";
import { sourceFetch, type SourceFetch } from "./fetch-source";
import { createGosomJob, downloadGosomCsv, getGosomStatus, requireGmapsScraperUrl, type GosomStatus } from "./gosom-client";
import { importSourceFile } from "./import-source-file";

/** Time allowed past the run's maximum time before Leadwell gives up on the scraper (ms): it needs a moment to write its file. */
export const GMAPS_DEADLINE_MARGIN_MS = 2 * 60_000;
/** First wait between status polls, doubled after each poll up to POLL_MAX_MS. */
const POLL_FIRST_MS = 2_000;
const POLL_MAX_MS = 30_000;

/** What a run saves as it goes (Job.result): a later attempt polls the same scraper job instead of starting another. */
const runStateSchema = z.object({ gosomJobId: z.string(), deadline: z.iso.datetime(), tag: z.string(), status: z.string() });
export type GoogleMapsRunState = z.infer<typeof runStateSchema>;

/** The clock and the wait of a run (tests pass a virtual clock so a never-finishing scrape ends at once). */
export type RunClock = { now: () => Date; sleep: (ms: number, signal: AbortSignal) => Promise<void> };

const realClock: RunClock = {
  now: () => new Date(),
  sleep: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
};

async function runGoogleMaps(context: JobContext<GoogleMapsRun>, fetch: SourceFetch, clock: RunClock): Promise<void> {
  const baseUrl = requireGmapsScraperUrl();
  const saved = runStateSchema.safeParse(context.job.result);
  let state: GoogleMapsRunState;
  if (saved.success) {
    state = saved.data;
    await context.log("info", `Resuming: polling scraper job ${state.gosomJobId}`);
  } else {
    const startedAt = clock.now();
    const tag = gmapsRunTag(context.payload.keywords, startedAt);
    const gosomJobId = await createGosomJob(fetch, baseUrl, { name: `leadwell ${context.job.id}`, run: context.payload });
    const deadline = new Date(startedAt.getTime() + context.payload.maxTimeMinutes * 60_000 + GMAPS_DEADLINE_MARGIN_MS);
    state = { gosomJobId, deadline: deadline.toISOString(), tag, status: "pending" };
    await context.setResult(state);
    await context.log("info", `Scraper job ${gosomJobId} created for "${context.payload.keywords.join('", "')}"; leads will be tagged "${tag}"`);
  }
  let wait = POLL_FIRST_MS;
  let last: GosomStatus | null = null;
  for (;;) {
    const status = await getGosomStatus(fetch, baseUrl, state.gosomJobId);
    if (status !== last) {
      last = status;
      state = { ...state, status };
      await context.setResult(state);
      await context.log("info", `Scraper job ${state.gosomJobId}: ${status}`);
    }
    if (status === "ok") break;
    if (status === "failed") throw new ValidationError(`The Google Maps scraper reports that job ${state.gosomJobId} failed; see the scraper's log`);
    if (clock.now().getTime() > new Date(state.deadline).getTime()) {
      throw new ValidationError(
        `The Google Maps scraper did not finish job ${state.gosomJobId} within ${context.payload.maxTimeMinutes} minutes (plus ${GMAPS_DEADLINE_MARGIN_MS / 60_000} minutes' margin); it is still "${status}"`,
      );
    }
    await clock.sleep(wait, context.signal);
    await context.checkpoint();
    wait = Math.min(wait * 2, POLL_MAX_MS);
  }
  const csv = await downloadGosomCsv(fetch, baseUrl, state.gosomJobId);
  await context.log("info", `Downloaded ${csv.length.toLocaleString("en")} bytes of results; importing with the ${googleMapsPreset.label} preset`);
  await importSourceFile(context as JobContext<unknown>, csv, {
    format: { delimiter: ",", hasHeader: true },
    mapping: googleMapsPreset.mapping,
    dedupe: googleMapsPreset.dedupe,
    tag: state.tag,
  });
}

/**
 * The GOOGLE_MAPS_RUN job type with a given HTTP client and clock (tests inject a virtual clock).
 * A run creates a job at the gosom scraper (GMAPS_SCRAPER_URL), polls its status with backoff
 * (2 s doubling to 30 s) until ok or failed, or until its maximum time plus a margin has passed
 * (a clear job error), downloads the CSV and imports it with the google-maps preset (duplicates by
 * place id skipped), each new lead tagged "gmaps: <keywords> <day>" and linked to the job. Every
 * source error fails the job at once (ValidationError); two attempts cover a crashed worker, and the
 * second polls the scraper job the first created.
 */
export function googleMapsRunJobType({ fetch = sourceFetch, clock = realClock }: { fetch?: SourceFetch; clock?: RunClock } = {}) {
  return defineJobType({
    type: "GOOGLE_MAPS_RUN",
    payload: googleMapsRunSchema,
    maxAttempts: 2,
    concurrency: 2,
    handler: (context) => runGoogleMaps(context, fetch, clock),
  });
}

/** The GOOGLE_MAPS_RUN job type workers run. */
export const googleMapsRunJob = googleMapsRunJobType();

