import { z } from "zod";
import { recordIdSchema } from "./common";

/** Most leads one website-audit request may name (a page of the leads list is at most 1,000). */
export const MAX_AUDIT_LEADS = 1_000;

/** Leads to audit, chosen on the leads list (bulk "Audit websites") or after an import. */
export const websiteAuditRequestSchema = z.object({
  leadIds: z
    .array(recordIdSchema, { error: "Choose leads" })
    .min(1, { error: "Choose at least one lead" })
    .max(MAX_AUDIT_LEADS, { error: `At most ${MAX_AUDIT_LEADS} leads at a time` }),
});
export type WebsiteAuditRequest = z.input<typeof websiteAuditRequestSchema>;

/**
 * A WEBSITE_AUDIT job's payload: named leads; the leads an import job created (`sourceJobId`, "audit
 * after import"); or (the nightly schedule) unconverted leads with a website not audited for
 * `staleDays` days, at most `limit` of them per run.
 */
export const websiteAuditPayloadSchema = z.union([
  z.object({ leadIds: z.array(recordIdSchema).min(1).max(10_000) }),
  z.object({ sourceJobId: recordIdSchema }),
  z.object({ staleDays: z.int().min(1).max(3650), limit: z.int().min(1).max(100_000) }),
]);
export type WebsiteAuditPayload = z.output<typeof websiteAuditPayloadSchema>;
