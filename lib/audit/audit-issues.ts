import { WEBSITE_ISSUES, type WebsiteIssue } from "@/lib/enums";
import type { AuditCheck, AuditCheckKey } from "./audit-check";

/** The website issues an audit can show, and the checks that show each. */
export const AUDITED_ISSUES = {
  OUTDATED: ["copyright_year"],
  NOT_MOBILE_FRIENDLY: ["viewport"],
  SLOW_LOADING: ["load_time", "page_weight"],
  BROKEN_FEATURES: ["broken_links"],
} as const satisfies Partial<Record<WebsiteIssue, readonly AuditCheckKey[]>>;

export type AuditedIssue = keyof typeof AUDITED_ISSUES;

/**
 * What the checks showed about each audited issue: true when one of its checks failed, false when
 * its checks ran and passed, absent when none of them ran or could tell (an unreachable site, no
 * copyright year). Pure.
 */
export function issuesShown(checks: readonly AuditCheck[]): Partial<Record<AuditedIssue, boolean>> {
  const byKey = new Map(checks.map((check) => [check.key, check.passed]));
  const shown: Partial<Record<AuditedIssue, boolean>> = {};
  for (const [issue, keys] of Object.entries(AUDITED_ISSUES) as [AuditedIssue, readonly AuditCheckKey[]][]) {
    const results = keys.map((key) => byKey.get(key)).filter((passed): passed is boolean => typeof passed === "boolean");
    if (results.length) shown[issue] = results.some((passed) => !passed);
  }
  return shown;
}

/**
 * A lead's website issues after an audit: the audited issues the checks decided are set or cleared;
 * every other issue (POOR_DESIGN, set by hand; an audited issue no check could tell) stays as it was.
 * Returned in WEBSITE_ISSUES order without duplicates. Pure.
 */
export function issuesAfterAudit(current: readonly WebsiteIssue[], shown: Partial<Record<AuditedIssue, boolean>>): WebsiteIssue[] {
  const next = new Set(current);
  for (const [issue, present] of Object.entries(shown) as [AuditedIssue, boolean][]) {
    if (present) next.add(issue);
    else next.delete(issue);
  }
  return WEBSITE_ISSUES.filter((issue) => next.has(issue));
}
