import fs from "node:fs";
import { z } from "zod";
import { leadImportSettingsSchema } from "@/lib/validation/import";
import { defineJobType } from "@/server/jobs/job-type";
import { importUploadPath } from "./import-upload-path";
import { runLeadImport } from "./run-lead-import";

/** A LEAD_IMPORT job's payload: the import settings and the id of the stored upload. */
export const leadImportPayloadSchema = leadImportSettingsSchema.extend({ upload: z.uuid() });
export type LeadImportPayload = z.output<typeof leadImportPayloadSchema>;

/**
 * Imports an uploaded CSV file of leads (runLeadImport), resuming after a crash at its next
 * unsaved batch. Two imports at most run at once: each holds SQLite's write lock for a batch at a
 * time, and more would only queue behind it. The stored file is removed once the job succeeds.
 */
export const leadImportJob = defineJobType({
  type: "LEAD_IMPORT",
  payload: leadImportPayloadSchema,
  concurrency: 2,
  handler: runLeadImport,
  async onFinished({ payload, status }) {
    if (status === "SUCCEEDED") await fs.promises.rm(importUploadPath(payload.upload), { force: true });
  },
});
