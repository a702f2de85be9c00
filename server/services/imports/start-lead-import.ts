import type { LeadImportSettingsInput } from "@/lib/validation/import";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/validation/import";
import { startJob } from "@/server/jobs/start-job";
import type { Actor } from "@/server/services/permissions";
import { createLeadImportJob } from "./create-lead-import-job";
import { runLeadImport } from "./run-lead-import";

/**
 * Starts importing an uploaded CSV file as a background job in this process and returns at once;
 * the job's row holds its progress (see getJob).
 * @param source - the uploaded file's bytes; at most MAX_IMPORT_FILE_BYTES.
 * @throws ValidationError for invalid settings, an empty or a too large file.
 */
export async function startLeadImport(
  actor: Actor,
  { source, settings }: { source: ReadableStream<Uint8Array>; settings: LeadImportSettingsInput },
): Promise<{ jobId: string }> {
  const { jobId } = await createLeadImportJob(actor, { source, settings, maxBytes: MAX_IMPORT_FILE_BYTES });
  startJob(jobId, runLeadImport);
  return { jobId };
}
