import fs from "node:fs";
import { z } from "zod";
import { leadImportSettingsSchema } from "@/lib/validation/import";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { defineJobType } from "@/server/jobs/job-type";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { importUploadPath } from "./import-upload-path";
import { runLeadImport } from "./run-lead-import";

/** A LEAD_IMPORT job's payload: the import settings and the id of the stored upload. */
export const leadImportPayloadSchema = leadImportSettingsSchema.extend({ upload: z.uuid() });
export type LeadImportPayload = z.output<typeof leadImportPayloadSchema>;

/**
 * Imports an uploaded CSV file of leads (runLeadImport), resuming after a crash at its next
 * unsaved batch. Two imports at most run at once: each holds SQLite's write lock for a batch at a
 * time, and more would only queue behind it. The stored file is removed once the job succeeds; with
 * `auditWebsites` a WEBSITE_AUDIT job for the leads it created is queued then.
 */
export const leadImportJob = defineJobType({
  type: "LEAD_IMPORT",
  payload: leadImportPayloadSchema,
  concurrency: 2,
  handler: runLeadImport,
  async onFinished({ id, payload, status }) {
    if (status !== "SUCCEEDED") return;
    await fs.promises.rm(importUploadPath(payload.upload), { force: true });
    if (payload.auditWebsites) await enqueueJob(websiteAuditJob, { payload: { sourceJobId: id }, uniqueKey: `audit-after-import:${id}` });
  },
});
