import "server-only";
import { issuesAfterAudit } from "@/lib/audit/audit-issues";
import { websiteIssueKeysOf } from "@/lib/leads/filter-keys";
import type { Tx } from "@/server/db";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import type { WebsiteAuditResult } from "./audit-website";

/** One finished audit to store: the lead, what auditing its website found, and when (UTC). */
export type AuditToStore = { leadId: string; result: WebsiteAuditResult; now: Date };

/**
 * Stores audits of distinct leads inside the caller's transaction, a statement per kind of row for
 * all of them rather than per lead (a WEBSITE_AUDIT job stores 25 at a time; each Prisma query
 * allocates much memory, so per-lead queries set the job's memory): per lead a WebsiteAudit row; on
 * the lead `hasWebsite` (unless the result leaves it), the website issues the checks decided (others,
 * such as POOR_DESIGN set by hand, untouched; `websiteIssueKeys` kept in step) and `lastAuditedAt` =
 * its `now`; an audit-log entry (as recordAudit writes one); then one rescore of them all as of the
 * latest `now`.
 * @param actorId - the user who asked for it, or null for a scheduled or system audit.
 * @param jobId - the WEBSITE_AUDIT job that ran them, if any.
 * @returns per audit, in order, the stored WebsiteAudit's id, or null when its lead is gone (nothing
 *   of it stored).
 */
export async function recordWebsiteAudits(
  tx: Tx,
  audits: readonly AuditToStore[],
  { actorId, jobId }: { actorId: string | null; jobId: string | null },
): Promise<(string | null)[]> {
  if (!audits.length) return [];
  const latest = new Date(Math.max(...audits.map((audit) => audit.now.getTime())));
  const ids = audits.map((audit) => audit.leadId);
  // Writing first takes the leads' row locks, so the issues read back are current (PostgreSQL).
  await tx.lead.updateMany({ where: { id: { in: ids } }, data: { lastAuditedAt: latest } });
  const rows = await tx.lead.findMany({ where: { id: { in: ids } }, select: { id: true, hasWebsite: true, websiteIssues: { select: { issue: true } } } });
  const before = new Map(rows.map((row) => [row.id, { hasWebsite: row.hasWebsite, issues: row.websiteIssues.map((entry) => entry.issue) }]));
  const stored = audits.flatMap((audit) => {
    const lead = before.get(audit.leadId);
    if (!lead) return [];
    const issues = issuesAfterAudit(lead.issues, audit.result.issues);
    const changed = issues.length !== lead.issues.length || issues.some((issue) => !lead.issues.includes(issue));
    return [{ ...audit, lead, issues, changed, hasWebsite: audit.result.hasWebsite ?? lead.hasWebsite }];
  });
  if (!stored.length) return audits.map(() => null);
  const rewritten = stored.filter((audit) => audit.changed);
  if (rewritten.length) {
    await tx.leadWebsiteIssue.deleteMany({ where: { leadId: { in: rewritten.map((audit) => audit.leadId) } } });
    await tx.leadWebsiteIssue.createMany({ data: rewritten.flatMap((audit) => audit.issues.map((issue) => ({ leadId: audit.leadId, issue }))) });
  }
  for (const audit of stored) {
    await tx.lead.updateMany({
      where: { id: audit.leadId },
      data: { hasWebsite: audit.hasWebsite, websiteIssueKeys: websiteIssueKeysOf(audit.issues), lastAuditedAt: audit.now },
    });
  }
  const created = await tx.websiteAudit.createManyAndReturn({
    data: stored.map(({ leadId, result, now }) => ({
      leadId,
      url: result.url,
      finalUrl: result.finalUrl,
      status: result.status,
      httpStatus: result.httpStatus,
      checks: result.checks,
      issues: Object.entries(result.issues).flatMap(([issue, present]) => (present ? [issue] : [])),
      generator: result.generator,
      loadMs: result.loadMs,
      bytes: result.bytes,
      error: result.error,
      jobId,
      auditedAt: now,
    })),
    select: { id: true, leadId: true },
  });
  await tx.auditLog.createMany({
    data: stored.map(({ leadId, result, lead, hasWebsite, issues }) => ({
      actorId,
      action: "website-audit",
      entityType: "Lead",
      entityId: leadId,
      changes: { status: result.status, hasWebsite: [lead.hasWebsite, hasWebsite], websiteIssues: [lead.issues, issues] },
    })),
  });
  await rescoreLeads(
    tx,
    stored.map((audit) => audit.leadId),
    latest,
  );
  const auditIds = new Map(created.map((row) => [row.leadId, row.id]));
  return audits.map((audit) => auditIds.get(audit.leadId) ?? null);
}
