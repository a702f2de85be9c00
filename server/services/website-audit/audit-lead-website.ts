import "server-only";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { createRobotsCache } from "@/server/http-client/robots";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { auditWebsite, type AuditWebsiteOptions } from "./audit-website";
import { recordWebsiteAudits } from "./record-website-audit";

/**
 * Audits one lead's website now, in the request (*Re-audit* on the lead page; at most about 10 s for
 * the page plus its link checks, by guardedFetch's caps), and stores the result (recordWebsiteAudits).
 * @param options - the audit's time (default now) and test hooks (DNS, thresholds).
 * @returns the stored audit's id and status.
 * @throws NotFoundError, ForbiddenError (a SALES user and another's lead).
 */
export async function auditLeadWebsite(
  actor: Actor,
  leadId: string,
  options: Partial<Omit<AuditWebsiteOptions, "robots">> = {},
): Promise<{ auditId: string; status: string }> {
  assertRecordId(leadId, "Lead");
  const db = getDb();
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { website: true, ownerId: true } });
  if (!lead) throw new NotFoundError("Lead");
  assertCanEdit(actor, lead, "lead");
  const now = options.now ?? new Date();
  const result = await auditWebsite(lead.website, { ...options, now, robots: createRobotsCache() });
  const [auditId] = await db.$transaction((tx) => recordWebsiteAudits(tx, [{ leadId, result, now }], { actorId: actor.id, jobId: null }));
  if (!auditId) throw new NotFoundError("Lead");
  return { auditId, status: result.status };
}
