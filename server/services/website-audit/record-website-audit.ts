import "server-only";
import { issuesAfterAudit } from "@/lib/audit/audit-issues";
import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { leadWebsiteIssues } from "@/server/services/leads/lead-write-data";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import type { WebsiteAuditResult } from "./audit-website";

/**
 * Stores an audit inside the caller's transaction: a WebsiteAudit row, and on the lead `hasWebsite`
 * (unless the result leaves it), the website issues the checks decided (others, such as POOR_DESIGN
 * set by hand, untouched; `websiteIssueKeys` kept in step) and `lastAuditedAt`; plus an audit-log entry.
 * @param actorId - the user who asked for it, or null for a scheduled or system audit.
 * @param jobId - the WEBSITE_AUDIT job that ran it, if any.
 * @param now - when it was audited (UTC).
 * @throws NotFoundError when the lead is gone.
 */
export async function recordWebsiteAudit(
  tx: Tx,
  { leadId, result, actorId, jobId, now }: { leadId: string; result: WebsiteAuditResult; actorId: string | null; jobId: string | null; now: Date },
): Promise<{ auditId: string }> {
  // Writing first takes the lead's row lock, so the issues read back are current (PostgreSQL).
  const { count } = await tx.lead.updateMany({ where: { id: leadId }, data: { lastAuditedAt: now } });
  const before = count ? await tx.lead.findUnique({ where: { id: leadId }, select: { hasWebsite: true, websiteIssues: { select: { issue: true } } } }) : null;
  if (!before) throw new NotFoundError("Lead");
  const current = before.websiteIssues.map((row) => row.issue);
  const issues = issuesAfterAudit(current, result.issues);
  const hasWebsite = result.hasWebsite ?? before.hasWebsite;
  await tx.lead.update({ where: { id: leadId }, data: { hasWebsite, ...leadWebsiteIssues(issues) } });
  const shown = Object.entries(result.issues).flatMap(([issue, present]) => (present ? [issue] : []));
  const audit = await tx.websiteAudit.create({
    data: {
      leadId,
      url: result.url,
      finalUrl: result.finalUrl,
      status: result.status,
      httpStatus: result.httpStatus,
      checks: result.checks,
      issues: shown,
      generator: result.generator,
      loadMs: result.loadMs,
      bytes: result.bytes,
      error: result.error,
      jobId,
      auditedAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "website-audit",
    entityType: "Lead",
    entityId: leadId,
    changes: { status: result.status, hasWebsite: [before.hasWebsite, hasWebsite], websiteIssues: [current, issues] },
  });
  await rescoreLeads(tx, [leadId], now);
  return { auditId: audit.id };
}
