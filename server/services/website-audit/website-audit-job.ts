import { websiteAuditPayloadSchema } from "@/lib/validation/website-audit";
import { defineJobType } from "@/server/jobs/job-type";
import { runWebsiteAudit } from "./run-website-audit";

/**
 * Audits the websites of a set of leads (runWebsiteAudit): chosen in bulk on the leads list, created by
 * an import ("audit after import"), or not audited for a while (the nightly schedule). Two such jobs
 * run at once at most; each audits 16 leads at a time.
 */
export const websiteAuditJob = defineJobType({
  type: "WEBSITE_AUDIT",
  payload: websiteAuditPayloadSchema,
  concurrency: 2,
  handler: runWebsiteAudit,
});
