import "server-only";
import { StringDecoder } from "node:string_decoder";
import { auditCheck, type AuditCheck } from "@/lib/audit/audit-check";
import { issuesShown, type AuditedIssue } from "@/lib/audit/audit-issues";
import { createPageInspector, type PageFacts } from "@/lib/audit/inspect-page";
import { socialHostOf } from "@/lib/audit/social-website";
import { AUDIT_THRESHOLDS, httpsChecks, isHtml, pageChecks, type AuditThresholds, type FetchedPage, type HttpVariant } from "@/lib/audit/website-checks";
import { normalizeWebsite } from "@/lib/leads/normalize";
import { FetchRefusedError, guardedFetch, type GuardedFetchOptions } from "@/server/http-client/guarded-fetch";
import { robotsAllows, type RobotsCache } from "@/server/http-client/robots";
import type { WebsiteAuditStatus } from "@/server/generated/sqlite/client";
import { checkInternalLinks } from "./check-internal-links";

/** What auditing one website found (not yet stored: recordWebsiteAudit writes it). */
export type WebsiteAuditResult = {
  url: string;
  finalUrl: string | null;
  status: WebsiteAuditStatus;
  httpStatus: number | null;
  checks: AuditCheck[];
  /** The audited issues the checks decided (true: shown, false: cleared). */
  issues: Partial<Record<AuditedIssue, boolean>>;
  /** What Lead.hasWebsite becomes; null leaves it as it is (the site could not be judged). */
  hasWebsite: boolean | null;
  generator: string | null;
  loadMs: number | null;
  bytes: number | null;
  error: string | null;
};

export type AuditWebsiteOptions = {
  /** The audit's time (copyright-year rule). */
  now: Date;
  /** robots.txt files of this run (createRobotsCache). */
  robots: RobotsCache;
  thresholds?: AuditThresholds;
  /** DNS hook passed to guardedFetch (tests). */
  resolve?: GuardedFetchOptions["resolve"];
};

/**
 * Audits a lead's website (issue 13): no website or a social-media page only → NO_WEBSITE; robots.txt
 * disallows it → BLOCKED; it cannot be fetched (DNS, connection, timeout, > 2 MB, redirect loop,
 * HTTP ≥ 400) → UNREACHABLE; else CHECKED with the checks of lib/audit (HTTPS, viewport, weight, load
 * time, title, description, H1, copyright year, the first 20 internal links, phone or email, site
 * builder). Every request goes through guardedFetch (its caps and address rules); the page is parsed
 * while it downloads (createPageInspector), so neither it nor a document tree is held whole. Never
 * throws for what a site does; the result says it.
 * @param website - the lead's website as stored (a scheme is added when missing), or null.
 */
export async function auditWebsite(website: string | null, options: AuditWebsiteOptions): Promise<WebsiteAuditResult> {
  const url = normalizeWebsite(website);
  const base = { url: url ?? "", finalUrl: null, httpStatus: null, issues: {}, generator: null, loadMs: null, bytes: null, error: null };
  if (!url) return { ...base, status: "NO_WEBSITE", hasWebsite: false, checks: [auditCheck("website", false, "The lead has no website")] };
  const social = socialHostOf(url);
  if (social) {
    const evidence = `${url} is a ${social} page, not a website of its own`;
    return { ...base, status: "NO_WEBSITE", hasWebsite: false, checks: [auditCheck("website", false, evidence)] };
  }
  const own = auditCheck("website", true, url);
  if (URL.canParse(url) && !(await robotsAllows(url, options.robots, { resolve: options.resolve }))) {
    const evidence = `${new URL(url).origin}/robots.txt disallows this page for Leadwell; it was not fetched`;
    return { ...base, status: "BLOCKED", hasWebsite: true, checks: [own, auditCheck("robots", false, evidence)] };
  }
  let fetched;
  try {
    fetched = await fetchPage(url, options);
  } catch (error) {
    if (!(error instanceof FetchRefusedError)) throw error;
    const checks = [own, auditCheck("reachable", false, error.message)];
    return { ...base, status: "UNREACHABLE", hasWebsite: error.reason === "dns" ? false : null, checks, error: error.message };
  }
  const { page, redirects, facts } = fetched;
  const measured = { finalUrl: page.finalUrl, httpStatus: page.status, loadMs: page.loadMs, bytes: page.bytes };
  const via = redirects ? ` after ${redirects} redirect${redirects === 1 ? "" : "s"}` : "";
  if (page.status >= 400) {
    const error = `${url} answered HTTP ${page.status}${via}`;
    return { ...base, ...measured, status: "UNREACHABLE", hasWebsite: null, checks: [own, auditCheck("reachable", false, error)], error };
  }
  const checks = [own, auditCheck("reachable", true, `HTTP ${page.status} from ${page.finalUrl}${via}`), ...httpsChecks(page, await httpVariantOf(url, options))];
  if (!facts) {
    checks.push(auditCheck("html", false, `The address serves ${page.contentType}, not an HTML page`));
  } else {
    const links = await checkInternalLinks(facts.internalLinks, options);
    checks.push(...pageChecks({ page, facts, links, now: options.now, thresholds: options.thresholds ?? AUDIT_THRESHOLDS }));
  }
  return { ...base, ...measured, status: "CHECKED", hasWebsite: true, checks, issues: issuesShown(checks), generator: facts?.generator ?? null };
}

/**
 * Fetches the home page, reading it as it arrives rather than keeping it: its HTML goes into a page
 * inspector and only the size is counted, so an audit holds the facts, not the page (up to the 2 MB
 * cap) or a document tree. Facts are null for an error status or a non-HTML answer.
 * @throws FetchRefusedError as guardedFetch does.
 */
async function fetchPage(url: string, options: AuditWebsiteOptions): Promise<{ page: FetchedPage; redirects: number; facts: PageFacts | null }> {
  const inspector = createPageInspector();
  const decoder = new StringDecoder("utf8");
  let bytes = 0;
  const onData = (chunk: Buffer) => {
    bytes += chunk.length;
    inspector.write(decoder.write(chunk));
  };
  const response = await guardedFetch(url, { resolve: options.resolve, onData });
  const page: FetchedPage = {
    requestedUrl: url,
    finalUrl: response.url,
    status: response.status,
    contentType: response.headers.get("content-type"),
    bytes,
    loadMs: response.elapsedMs,
  };
  if (page.status >= 400 || !isHtml(page.contentType)) return { page, redirects: response.redirects.length, facts: null };
  inspector.write(decoder.end());
  return { page, redirects: response.redirects.length, facts: inspector.end(page.finalUrl) };
}

/** For an https:// site, where its http:// form ends (the HTTP → HTTPS redirect check); null for an http:// site. */
async function httpVariantOf(url: string, options: AuditWebsiteOptions): Promise<HttpVariant> {
  if (!url.startsWith("https:")) return null;
  const httpUrl = `http:${url.slice("https:".length)}`;
  try {
    const response = await guardedFetch(httpUrl, { method: "HEAD", resolve: options.resolve });
    return { url: httpUrl, finalUrl: response.url, error: null };
  } catch (error) {
    if (!(error instanceof FetchRefusedError)) throw error;
    return { url: httpUrl, finalUrl: null, error: error.message };
  }
}
