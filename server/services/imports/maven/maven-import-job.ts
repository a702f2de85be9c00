import { defineJobType } from "@/server/jobs/job-type";
import { mavenJobPayloadSchema } from "./maven-job-config";
import { readMavenUploads, removeMavenUploads } from "./maven-upload-store";
import { readMavenFiles } from "./read-maven-files";
import { runMavenImport } from "./run-maven-import";

/**
 * Imports the stored files of a Maven CRM dataset upload (runMavenImport), one at a time (two at
 * once would both create the same companies and users), resuming after a crash. The stored
 * files are removed once the job succeeds.
 */
export const mavenImportJob = defineJobType({
  type: "MAVEN_IMPORT",
  payload: mavenJobPayloadSchema,
  concurrency: 1,
  async handler(context) {
    const dataset = await readMavenFiles(await readMavenUploads(context.payload.upload, context.payload.uploadNames));
    await runMavenImport(context, dataset);
  },
  async onFinished({ payload, status }) {
    if (status === "SUCCEEDED") await removeMavenUploads(payload.upload);
  },
});
