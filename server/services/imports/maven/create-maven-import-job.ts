import { mavenImportSettingsSchema, type MavenImportSettingsInput } from "@/lib/validation/maven-import";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { failStaleJobs } from "@/server/jobs/fail-stale-jobs";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import type { MavenJobConfig } from "./maven-job-config";
import { planMavenSetup } from "./plan-maven-setup";
import { readMavenFiles, type MavenDataset, type MavenUpload } from "./read-maven-files";

/**
 * Only admins import the Maven dataset: it creates users (the sales agents) and assigns deals
 * to them, which is user management (see assertAdmin).
 * @throws ForbiddenError for anyone else.
 */
export function assertCanImportMaven(actor: Actor | null): void {
  if (actor && actor.role !== "ADMIN") throw new ForbiddenError("Only an admin can import the Maven dataset: it creates users for the sales agents");
}

/**
 * Creates a QUEUED MAVEN_IMPORT job for the given files: checks the settings, reads and checks
 * the files (readMavenFiles) and the agent mapping (planMavenSetup), and refuses to start while
 * another Maven import is queued or running (two at once would both create the same companies
 * and users). The job's total is the number of sales_pipeline.csv lines. The files are not
 * stored: the caller runs the job in this process with the returned dataset (runMavenImport).
 * @param actor - the importing admin; null for a system import (command line without an admin).
 * @param now - the clock, for spotting dead jobs.
 * @throws ForbiddenError (not an admin), ValidationError (settings, missing file or column,
 *   unknown agent or email), ConflictError (a Maven import is running).
 */
export async function createMavenImportJob(
  actor: Actor | null,
  { uploads, settings }: { uploads: MavenUpload[]; settings: MavenImportSettingsInput },
  now: Date = new Date(),
): Promise<{ jobId: string; dataset: MavenDataset }> {
  assertCanImportMaven(actor);
  const parsed = parseOrThrow(mavenImportSettingsSchema, settings);
  const dataset = await readMavenFiles(uploads);
  const db = getDb();
  await planMavenSetup(db, dataset, parsed);
  await failStaleJobs(now);
  const running = await db.job.findFirst({ where: { type: "MAVEN_IMPORT", status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } });
  if (running) throw new ConflictError("A Maven import is already running; wait until it has finished");
  const config: MavenJobConfig = {
    preset: "maven",
    fileName: "maven-crm",
    files: Object.fromEntries(Object.entries(dataset.files).map(([kind, file]) => [kind, file.name])),
    settings: parsed,
  };
  const job = await db.job.create({
    data: { type: "MAVEN_IMPORT", config, total: dataset.files.salesPipeline?.rows ?? 0, createdById: actor?.id ?? null },
    select: { id: true },
  });
  return { jobId: job.id, dataset };
}
