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
 * A MAVEN_IMPORT job's config: the uploaded file names by kind, the settings, and once the job
 * is done the setup summary. `fileName` names the import for the progress page and the
 * rejected-rows download (see getJob).
 */
export const mavenJobConfigSchema = z.object({
  preset: z.literal("maven"),
  fileName: z.string(),
  files: z.partialRecord(z.enum(MAVEN_FILE_KINDS), z.string()),
  settings: mavenImportSettingsSchema,
  summary: mavenSetupSummarySchema.optional(),
});
export type MavenJobConfig = z.infer<typeof mavenJobConfigSchema>;
