import type { LeadImportSettingsInput } from "@/lib/validation/import";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/validation/import";
import type { Actor } from "@/server/services/permissions";
import { createLeadImportJob } from "./create-lead-import-job";

/**
 * Starts importing an uploaded CSV file as a job on the durable queue and returns at once; a
 * worker runs it, and the job's row holds its progress (see getJob).
 * @param source - the uploaded file's bytes; at most MAX_IMPORT_FILE_BYTES.
 * @throws ValidationError for invalid settings, an empty or a too large file.
 */
export async function startLeadImport(
  actor: Actor,
  { source, settings }: { source: ReadableStream<Uint8Array>; settings: LeadImportSettingsInput },
): Promise<{ jobId: string }> {
  return createLeadImportJob(actor, { source, settings, maxBytes: MAX_IMPORT_FILE_BYTES });
}
