import fs from "node:fs";
import path from "node:path";
import type { MavenImportSettingsInput } from "@/lib/validation/maven-import";
import { ValidationError } from "@/server/errors";
import { runJobNow } from "@/server/jobs/run-job-now";
import type { Actor } from "@/server/services/permissions";
import { createMavenImportJob } from "./create-maven-import-job";
import { getMavenImportSummary, type MavenImportSummary } from "./get-maven-import-summary";
import { mavenImportJob } from "./maven-import-job";
import type { MavenUpload } from "./read-maven-files";

/**
 * The CSV files (*.csv) of a folder such as shared/data/maven_crm_sales_opportunities; which
 * Maven file each one is, is told from its columns (readMavenFiles).
 * @throws ValidationError when the folder cannot be read.
 */
export async function readMavenFolder(folder: string): Promise<MavenUpload[]> {
  const names = await fs.promises.readdir(folder).catch(() => {
    throw new ValidationError(`${folder} is not a folder that can be read`, { folder: ["Not a readable folder"] });
  });
  const files = names.filter((name) => name.toLowerCase().endsWith(".csv")).sort();
  return Promise.all(files.map(async (name) => ({ name, text: await fs.promises.readFile(path.join(folder, name), "utf8") })));
}

/**
 * Imports the Maven files of a local folder and waits for the end: the same job and code path
 * as an upload from the browser (createMavenImportJob enqueues it; runJobNow runs it in this
 * process, or waits for the worker that claimed it first). For the command line, benchmarks and
 * tests.
 * @param actor - the importing admin; null for a system import.
 * @throws as createMavenImportJob, and ValidationError for an unreadable folder; a failing import
 *   is reported in the summary (status FAILED with a message) instead.
 */
export async function importMavenFolder(
  actor: Actor | null,
  { folder, settings = {} }: { folder: string; settings?: MavenImportSettingsInput },
): Promise<MavenImportSummary> {
  const { jobId } = await createMavenImportJob(actor, { uploads: await readMavenFolder(folder), settings });
  await runJobNow(mavenImportJob, jobId);
  return getMavenImportSummary(null, jobId);
}
