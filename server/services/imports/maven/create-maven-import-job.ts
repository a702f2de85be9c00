import { mavenImportSettingsSchema, type MavenImportSettingsInput } from "@/lib/validation/maven-import";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { newUploadId } from "../import-upload-path";
import { mavenImportJob } from "./maven-import-job";
import { storeMavenUploads, removeMavenUploads } from "./maven-upload-store";
import { planMavenSetup } from "./plan-maven-setup";
import { readMavenFiles, type MavenUpload } from "./read-maven-files";

/**
 * Only admins import the Maven dataset: it creates users (the sales agents) and assigns deals
 * to them, which is user management (see assertAdmin).
 * @throws ForbiddenError for anyone else.
 */
export function assertCanImportMaven(actor: Actor | null): void {
  if (actor && actor.role !== "ADMIN") throw new ForbiddenError("Only an admin can import the Maven dataset: it creates users for the sales agents");
}

/**
 * Puts a Maven import on the durable queue: checks the settings, reads and checks the files
 * (readMavenFiles) and the agent mapping (planMavenSetup), refuses while another Maven import is
 * queued or running (two at once would both create the same companies and users), stores the
 * files (storeMavenUploads) and enqueues a MAVEN_IMPORT job whose total is the number of
 * sales_pipeline.csv lines. Nothing is left behind when this fails.
 * @param actor - the importing admin; null for a system import (command line without an admin).
 * @throws ForbiddenError (not an admin), ValidationError (settings, missing file or column,
 *   unknown agent or email), ConflictError (a Maven import is queued or running).
 */
export async function createMavenImportJob(
  actor: Actor | null,
  { uploads, settings }: { uploads: MavenUpload[]; settings: MavenImportSettingsInput },
): Promise<{ jobId: string }> {
  assertCanImportMaven(actor);
  const parsed = parseOrThrow(mavenImportSettingsSchema, settings);
  const dataset = await readMavenFiles(uploads);
  const db = getDb();
  await planMavenSetup(db, dataset, parsed);
  const running = await db.job.findFirst({ where: { type: "MAVEN_IMPORT", status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } });
  if (running) throw new ConflictError("A Maven import is already running; wait until it has finished");
  const upload = newUploadId();
  await storeMavenUploads(upload, uploads);
  try {
    const job = await enqueueJob(mavenImportJob, {
      payload: {
        preset: "maven",
        fileName: "maven-crm",
        files: Object.fromEntries(Object.entries(dataset.files).map(([kind, file]) => [kind, file.name])),
        settings: parsed,
        upload,
        uploadNames: uploads.map((file) => file.name),
      },
      total: dataset.files.salesPipeline?.rows ?? 0,
      createdById: actor?.id ?? null,
    });
    return { jobId: job.id };
  } catch (error) {
    await removeMavenUploads(upload);
    throw error;
  }
}
