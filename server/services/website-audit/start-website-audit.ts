import "server-only";
import { websiteAuditRequestSchema, type WebsiteAuditRequest } from "@/lib/validation/website-audit";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { parseOrThrow } from "@/server/services/parse";
import { canEdit, type Actor } from "@/server/services/permissions";
import { websiteAuditJob } from "./website-audit-job";

/**
 * Puts an audit of the chosen leads' websites on the queue (bulk "Audit websites" on the leads list).
 * An audit changes the leads' website fields, so the actor must be allowed to edit every one of them.
 * @returns the WEBSITE_AUDIT job's id and how many leads it will audit.
 * @throws ValidationError (no leads, more than 1,000, bad ids), NotFoundError (a lead is gone),
 *   ForbiddenError (a SALES user choosing another's lead).
 */
export async function startWebsiteAudit(actor: Actor, input: WebsiteAuditRequest): Promise<{ jobId: string; count: number }> {
  const { leadIds } = parseOrThrow(websiteAuditRequestSchema, input);
  const ids = [...new Set(leadIds)];
  const leads = await getDb().lead.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true } });
  if (leads.length !== ids.length) throw new NotFoundError("Lead");
  if (leads.some((lead) => !canEdit(actor, lead))) throw new ForbiddenError("You can only audit your own leads");
  const job = await enqueueJob(websiteAuditJob, { payload: { leadIds: ids }, createdById: actor.id, total: ids.length });
  return { jobId: job.id, count: ids.length };
}
