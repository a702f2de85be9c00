import "server-only";
import type { AuditCheck } from "@/lib/audit/audit-check";
import { getDb } from "@/server/db";

/** A lead's newest website audit as the lead page shows it. */
export type LatestWebsiteAudit = {
  id: string;
  url: string;
  finalUrl: string | null;
  status: "CHECKED" | "NO_WEBSITE" | "UNREACHABLE" | "BLOCKED";
  httpStatus: number | null;
  checks: AuditCheck[];
  issues: string[];
  generator: string | null;
  loadMs: number | null;
  bytes: number | null;
  error: string | null;
  auditedAt: Date;
};

/**
 * The newest audit of a lead's website, or null when it was never audited. The caller has loaded the
 * lead (and so checked it exists and may be seen).
 * @param leadId - a lead id already checked by the caller.
 */
export async function getLatestWebsiteAudit(leadId: string): Promise<LatestWebsiteAudit | null> {
  const audit = await getDb().websiteAudit.findFirst({
    where: { leadId },
    orderBy: [{ auditedAt: "desc" }, { id: "desc" }],
    select: { id: true, url: true, finalUrl: true, status: true, httpStatus: true, checks: true, issues: true, generator: true, loadMs: true, bytes: true, error: true, auditedAt: true },
  });
  if (!audit) return null;
  return { ...audit, checks: audit.checks as AuditCheck[], issues: audit.issues as string[] };
}
