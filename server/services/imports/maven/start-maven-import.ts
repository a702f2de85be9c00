import type { MavenImportSettingsInput } from "@/lib/validation/maven-import";
import { startJob } from "@/server/jobs/start-job";
import type { Actor } from "@/server/services/permissions";
import { createMavenImportJob } from "./create-maven-import-job";
import type { MavenUpload } from "./read-maven-files";
import { runMavenImport } from "./run-maven-import";

/**
 * Starts importing uploaded Maven files as a background job in this process and returns at
 * once; the job's row holds its progress (getJob) and, when done, its summary
 * (getMavenImportSummary).
 * @throws as createMavenImportJob.
 */
export async function startMavenImport(
  actor: Actor,
  { uploads, settings }: { uploads: MavenUpload[]; settings: MavenImportSettingsInput },
): Promise<{ jobId: string }> {
  const { jobId, dataset } = await createMavenImportJob(actor, { uploads, settings });
  startJob(jobId, (context) => runMavenImport(context, dataset));
  return { jobId };
}
