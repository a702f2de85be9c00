import type { Readable } from "node:stream";
import type { LeadImportSettingsInput } from "@/lib/validation/import";
import { getDb } from "@/server/db";
import { runJobNow } from "@/server/jobs/run-job-now";
import type { Actor } from "@/server/services/permissions";
import { createLeadImportJob } from "./create-lead-import-job";
import { leadImportJob } from "./lead-import-job";

export type LeadImportSummary = {
  jobId: string;
  status: string;
  message: string | null;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
};

/**
 * Imports a local CSV file and waits for the end: the same job and code path as an upload from
 * the browser (createLeadImportJob enqueues it; runJobNow runs it in this process, or waits for
 * the worker that claimed it first), without a size limit. For the command line, benchmarks and
 * tests.
 * @param actor - the importing user; null for a system import (leads unowned).
 * @throws ValidationError for invalid settings or an empty file; a failing import is reported in
 *   the summary (status FAILED with a message) instead.
 */
export async function importLeadFile(
  actor: Actor | null,
  { source, settings }: { source: Readable; settings: LeadImportSettingsInput },
): Promise<LeadImportSummary> {
  const { jobId } = await createLeadImportJob(actor, { source, settings });
  await runJobNow(leadImportJob, jobId);
  const { lastError, ...job } = await getDb().job.findUniqueOrThrow({
    where: { id: jobId },
    select: { status: true, lastError: true, created: true, updated: true, skipped: true, failed: true },
  });
  return { jobId, ...job, message: lastError };
}
