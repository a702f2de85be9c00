import { auditCheck, type AuditCheck } from "./audit-check";
import type { PageFacts } from "./inspect-page";

/**
 * Limits of the website checks.
 * - slowLoadMs: 3 s for the home page's HTML to arrive — Google's "53% of mobile visits are abandoned
 *   if a page takes longer than 3 seconds to load" (Think with Google, 2016/2018);
 * - heavyPageBytes: 1 MiB of HTML alone (uncompressed) — several times the median home page's HTML
 *   (about 30 KB, HTTP Archive Web Almanac 2022, "Page weight");
 * - outdatedAfterYears: a footer copyright year more than 2 years before this year (issue 13).
 */
export const AUDIT_THRESHOLDS = { slowLoadMs: 3_000, heavyPageBytes: 1024 * 1024, outdatedAfterYears: 2 };

export type AuditThresholds = typeof AUDIT_THRESHOLDS;

/** The audited home page as fetched. */
export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Body size in bytes (uncompressed). */
  bytes: number;
  /** Time to the last byte, all redirects included, in ms. */
  loadMs: number;
};

/** One internal link as checked: its final HTTP status, or why it could not be fetched. */
export type LinkResult = { url: string; status: number | null; error: string | null };

/** Where the http:// form of an https site ended (null when the site was requested over http). */
export type HttpVariant = { url: string; finalUrl: string | null; error: string | null } | null;

/** Whether a Content-Type names HTML (a missing one is taken as HTML, as browsers sniff). */
export function isHtml(contentType: string | null): boolean {
  return !contentType || /text\/html|application\/xhtml\+xml/i.test(contentType);
}

/** A byte count as "744 B", "12.3 KB", "1.5 MB" (1 KB = 1,024 B). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The protocol checks of a reachable page: served over HTTPS, and http:// sent on to https://. */
export function httpsChecks(page: FetchedPage, httpVariant: HttpVariant): AuditCheck[] {
  const onHttps = page.finalUrl.startsWith("https:");
  const checks = [auditCheck("https", onHttps, onHttps ? `Served over HTTPS (${page.finalUrl})` : `Served over plain HTTP (${page.finalUrl})`)];
  if (!httpVariant) {
    checks.push(
      auditCheck("https_redirect", onHttps, onHttps ? `${page.requestedUrl} redirects to ${page.finalUrl}` : `${page.requestedUrl} stays on plain HTTP`),
    );
  } else if (httpVariant.error) {
    checks.push(auditCheck("https_redirect", null, `${httpVariant.url} could not be checked: ${httpVariant.error}`));
  } else {
    const redirects = Boolean(httpVariant.finalUrl?.startsWith("https:"));
    checks.push(auditCheck("https_redirect", redirects, redirects ? `${httpVariant.url} redirects to ${httpVariant.finalUrl}` : `${httpVariant.url} stays on plain HTTP`));
  }
  return checks;
}

/**
 * The checks of a fetched HTML home page: viewport, weight, load time, title, description, H1,
 * copyright year, broken internal links, phone or email, generator. Pure.
 * @param now - the audit's time (the copyright year is compared with its UTC year).
 */
export function pageChecks({
  page,
  facts,
  links,
  now,
  thresholds = AUDIT_THRESHOLDS,
}: {
  page: FetchedPage;
  facts: PageFacts;
  links: LinkResult[];
  now: Date;
  thresholds?: AuditThresholds;
}): AuditCheck[] {
  const thisYear = now.getUTCFullYear();
  const broken = links.filter((link) => link.error !== null || (link.status !== null && link.status >= 400));
  const age = facts.copyrightYear === null ? null : thisYear - facts.copyrightYear;
  const contact = [facts.phone && `phone ${facts.phone}`, facts.email && `email ${facts.email}`].filter(Boolean).join("; ");
  return [
    auditCheck("viewport", facts.viewport !== null, facts.viewport ? `<meta name="viewport" content="${facts.viewport}">` : 'No <meta name="viewport"> tag: phones show the desktop layout zoomed out'),
    auditCheck(
      "page_weight",
      page.bytes <= thresholds.heavyPageBytes,
      `${formatBytes(page.bytes)} of HTML${page.bytes > thresholds.heavyPageBytes ? `, over the ${formatBytes(thresholds.heavyPageBytes)} limit` : ""}`,
    ),
    auditCheck(
      "load_time",
      page.loadMs <= thresholds.slowLoadMs,
      `HTML loaded in ${(page.loadMs / 1000).toFixed(2)} s${page.loadMs > thresholds.slowLoadMs ? `, over the ${thresholds.slowLoadMs / 1000} s limit` : ""}`,
    ),
    auditCheck("title", facts.title !== null, facts.title ? `“${facts.title}”` : "No <title>"),
    auditCheck("meta_description", facts.description !== null, facts.description ? `“${facts.description}”` : 'No <meta name="description">'),
    auditCheck("h1", facts.h1 !== null, facts.h1 ? `“${facts.h1}”` : "No <h1> heading"),
    auditCheck(
      "copyright_year",
      age === null ? null : age <= thresholds.outdatedAfterYears,
      age === null ? "No copyright year found" : `© ${facts.copyrightYear} in the footer${age > thresholds.outdatedAfterYears ? ` — ${age} years old` : ""}`,
    ),
    auditCheck(
      "broken_links",
      broken.length === 0,
      links.length === 0
        ? "No internal links on the page"
        : broken.length === 0
          ? `All ${links.length} internal links checked answer`
          : `${broken.length} of ${links.length} internal links broken: ${broken.map((link) => `${link.url} (${link.error ?? `HTTP ${link.status}`})`).join(", ")}`,
    ),
    auditCheck("contact_visible", contact !== "", contact ? `Visible: ${contact}` : "No phone number or email address on the page"),
    auditCheck("generator", null, facts.generator ?? "Not named on the page"),
  ];
}
