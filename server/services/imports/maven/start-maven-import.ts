import type { MavenImportSettingsInput } from "@/lib/validation/maven-import";
import type { Actor } from "@/server/services/permissions";
import { createMavenImportJob } from "./create-maven-import-job";
import type { MavenUpload } from "./read-maven-files";

/**
 * Starts importing uploaded Maven files as a job on the durable queue and returns at once; a
 * worker runs it, the job's row holds its progress (getJob) and, when done, its summary
 * (getMavenImportSummary).
 * @throws as createMavenImportJob.
 */
export async function startMavenImport(
  actor: Actor,
  { uploads, settings }: { uploads: MavenUpload[]; settings: MavenImportSettingsInput },
): Promise<{ jobId: string }> {
  return createMavenImportJob(actor, { uploads, settings });
}
