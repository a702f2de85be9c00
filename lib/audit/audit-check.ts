/** What each website-audit check looks at (stored in WebsiteAudit.checks). */
export const AUDIT_CHECK_LABELS = {
  website: "Own website",
  robots: "robots.txt allows the audit",
  reachable: "Reachable",
  https: "HTTPS",
  https_redirect: "HTTP → HTTPS redirect",
  html: "Serves an HTML page",
  viewport: "Mobile viewport",
  page_weight: "Page weight",
  load_time: "Load time",
  title: "Title",
  meta_description: "Meta description",
  h1: "H1 heading",
  copyright_year: "Copyright year",
  broken_links: "Internal links",
  contact_visible: "Phone or email visible",
  generator: "Generator or site builder",
} as const;

export type AuditCheckKey = keyof typeof AUDIT_CHECK_LABELS;

/**
 * One check of a website audit with its human-readable evidence. `passed` is null when the check
 * could not tell (no copyright year on the page) or only informs (the site builder).
 */
export type AuditCheck = { key: AuditCheckKey; label: string; passed: boolean | null; evidence: string };

/** A check result with its label from AUDIT_CHECK_LABELS. */
export function auditCheck(key: AuditCheckKey, passed: boolean | null, evidence: string): AuditCheck {
  return { key, label: AUDIT_CHECK_LABELS[key], passed, evidence };
}
