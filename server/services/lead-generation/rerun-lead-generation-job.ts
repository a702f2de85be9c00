import { sourceOfJobType } from "@/lib/lead-generation/lead-sources";
import type { LeadGenerationJobInput } from "@/lib/validation/lead-generation";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { getJob, type JobView } from "@/server/services/jobs/get-job";
import type { Actor } from "@/server/services/permissions";
import { createLeadGenerationJob } from "./create-lead-generation-job";

/**
 * Runs a finished lead-generation job again as a new job with the same settings (the panel's
 * Re-run), created by `actor`.
 * @throws NotFoundError for a job the actor may not see or that is not a lead-generation job;
 *   ValidationError when its settings are no longer valid (e.g. GMAPS_SCRAPER_URL removed).
 */
export async function rerunLeadGenerationJob(actor: Actor, jobId: string): Promise<JobView> {
  const job = await getJob(actor, jobId);
  const source = sourceOfJobType(job.type);
  if (!source) throw new NotFoundError("Lead-generation job");
  const { payload } = await getDb().job.findUniqueOrThrow({ where: { id: jobId }, select: { payload: true } });
  return createLeadGenerationJob(actor, { ...(payload as object), source } as LeadGenerationJobInput);
}
