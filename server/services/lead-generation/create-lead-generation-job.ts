import { leadGenerationJobSchema, type LeadGenerationJobInput } from "@/lib/validation/lead-generation";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { enqueueJob, type EnqueueJobInput } from "@/server/jobs/enqueue-job";
import type { JobTypeDefinition } from "@/server/jobs/job-type";
import { getJob, type JobView } from "@/server/services/jobs/get-job";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { requireGmapsScraperUrl } from "./gosom-client";
import { googleMapsRunJob } from "./google-maps-run-job";
import { keywordMonitorJob } from "./keyword-monitor-job";
import { urlImportJob, urlImportReading } from "./url-import-job";

/** A checked lead-generation job: its type and payload (what a schedule stores), and how to enqueue it. */
export type LeadGenerationJobPlan = {
  type: string;
  payload: unknown;
  enqueue: (options: Omit<EnqueueJobInput<unknown>, "payload">) => Promise<{ id: string; created: boolean }>;
};

/** A job's settings without the `source` that chose its type (the job's payload). */
function withoutSource<T extends { source: string }>(job: T): Omit<T, "source"> {
  const settings: Partial<T> = { ...job };
  delete settings.source;
  return settings as Omit<T, "source">;
}

function planOf<P>(definition: JobTypeDefinition<P>, payload: P): LeadGenerationJobPlan {
  return { type: definition.type, payload, enqueue: (options) => enqueueJob(definition, { ...options, payload }) };
}

/**
 * Checks a lead-generation job's settings by source (leadGenerationJobSchema).
 * @throws ValidationError for invalid settings, Google Maps without GMAPS_SCRAPER_URL, an unknown
 *   preset or neither preset nor mapping; NotFoundError for an unknown keyword monitor.
 */
export async function planLeadGenerationJob(input: LeadGenerationJobInput): Promise<LeadGenerationJobPlan> {
  const job = parseOrThrow(leadGenerationJobSchema, input);
  if (job.source === "google-maps") {
    requireGmapsScraperUrl();
    return planOf(googleMapsRunJob, withoutSource(job));
  }
  if (job.source === "keyword-monitor") {
    if (!(await getDb().keywordMonitor.findUnique({ where: { id: job.monitorId }, select: { id: true } }))) throw new NotFoundError("Keyword monitor");
    return planOf(keywordMonitorJob, { monitorId: job.monitorId });
  }
  const settings = withoutSource(job);
  urlImportReading(settings);
  return planOf(urlImportJob, settings);
}

/**
 * Creates and runs a lead-generation job now (the panel's Run now and Re-run, POST /api/jobs): a
 * Google Maps run, a keyword monitor's run or an import from a URL, created by `actor` (who owns
 * the leads it creates and may see and cancel it).
 * @throws ValidationError, NotFoundError (see planLeadGenerationJob).
 */
export async function createLeadGenerationJob(actor: Actor, input: LeadGenerationJobInput): Promise<JobView> {
  const plan = await planLeadGenerationJob(input);
  const job = await plan.enqueue({ createdById: actor.id });
  return getJob(actor, job.id);
}
