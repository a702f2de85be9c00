import { z } from "zod";
import { MAVEN_FILE_KINDS } from "@/lib/import/maven/maven-files";
import { mavenImportSettingsSchema } from "@/lib/validation/maven-import";

const count = z.number().int().nonnegative();

/** What the setup step of a finished import counted; written into the job's config at the end. */
export const mavenSetupSummarySchema = z.object({
  companies: z.object({ created: count, updated: count, skipped: count }),
  users: z.object({ created: count, reused: count, mapped: count }),
  /** Rejected rows by file kind (the job's `failed` counts every file's). */
  rejected: z.partialRecord(z.enum(MAVEN_FILE_KINDS), count),
});
export type MavenSetupSummary = z.infer<typeof mavenSetupSummarySchema>;

/**
 * A MAVEN_IMPORT job's payload: the uploaded file names by kind, the settings, and where the
 * uploads are stored (`upload`: importUploadDir()/<upload>/<index>.csv, named `uploadNames[index]`).
 * `fileName` names the import for the progress page and the rejected-rows download (see getJob).
 */
export const mavenJobPayloadSchema = z.object({
  preset: z.literal("maven"),
  fileName: z.string(),
  files: z.partialRecord(z.enum(MAVEN_FILE_KINDS), z.string()),
  settings: mavenImportSettingsSchema,
  upload: z.uuid(),
  uploadNames: z.array(z.string().max(255)).min(1).max(10),
});
export type MavenJobPayload = z.infer<typeof mavenJobPayloadSchema>;

/**
 * A MAVEN_IMPORT job's result: the setup step's counts, stored in the setup's transaction (so a
 * resumed attempt knows the setup is done) and shown by getMavenImportSummary.
 */
export const mavenJobResultSchema = z.object({ setup: mavenSetupSummarySchema });
