import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { getJob } from "@/server/services/jobs/get-job";
import type { Actor } from "@/server/services/permissions";
import { getMavenPipelineTotals, type MavenPipelineTotals } from "./get-maven-pipeline-totals";
import { mavenJobResultSchema } from "./maven-job-config";

type Counts = { created: number; updated: number; skipped: number; failed: number };

/** The outcome of a Maven import job, and the Maven pipeline as it is now. */
export type MavenImportSummary = {
  jobId: string;
  status: string;
  message: string | null;
  /** Null until the job has finished its setup and deals (the job stopped early, or runs). */
  companies: Counts | null;
  users: { created: number; reused: number; mapped: number; failed: number } | null;
  deals: Counts;
  /** Rejected products.csv rows (their list prices are not used). */
  productsFailed: number;
  pipeline: MavenPipelineTotals;
};

/**
 * The summary of a MAVEN_IMPORT job: companies and users from the job's result (once it has succeeded), deals
 * from the job's counts (its `failed` minus the other files' rejected rows), and the Maven
 * pipeline's stage counts and won total.
 * @param viewer - who asks (getJob's rule: the job's creator, managers and admins); null for the
 *   command line.
 * @throws NotFoundError for an unknown job, one the viewer may not see, or another job type.
 */
export async function getMavenImportSummary(viewer: Actor | null, jobId: string): Promise<MavenImportSummary> {
  if (viewer) await getJob(viewer, jobId);
  const job = await getDb().job.findUnique({
    where: { id: jobId },
    select: { type: true, status: true, lastError: true, result: true, created: true, updated: true, skipped: true, failed: true },
  });
  if (job?.type !== "MAVEN_IMPORT") throw new NotFoundError("Maven import");
  const result = mavenJobResultSchema.safeParse(job.result);
  const summary = result.success && job.status === "SUCCEEDED" ? result.data.setup : undefined;
  const rejected = summary?.rejected ?? {};
  const setupFailed = (rejected.accounts ?? 0) + (rejected.salesTeams ?? 0) + (rejected.products ?? 0);
  return {
    jobId,
    status: job.status,
    message: job.lastError,
    companies: summary ? { ...summary.companies, failed: rejected.accounts ?? 0 } : null,
    users: summary ? { ...summary.users, failed: rejected.salesTeams ?? 0 } : null,
    deals: { created: job.created, updated: job.updated, skipped: job.skipped, failed: Math.max(0, job.failed - setupFailed) },
    productsFailed: rejected.products ?? 0,
    pipeline: await getMavenPipelineTotals(),
  };
}
