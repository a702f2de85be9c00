import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditCheck } from "@/lib/audit/audit-check";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { ALLOW_LOOPBACK_FETCH_ENV } from "@/server/http-client/address-policy";
import { createRobotsCache } from "@/server/http-client/robots";
import { runJobNow } from "@/server/jobs/run-job-now";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { createLead } from "@/server/services/leads/create-lead";
import { auditLeadWebsite } from "@/server/services/website-audit/audit-lead-website";
import { auditWebsite } from "@/server/services/website-audit/audit-website";
import { getLatestWebsiteAudit } from "@/server/services/website-audit/get-latest-website-audit";
import { startWebsiteAudit } from "@/server/services/website-audit/start-website-audit";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { createTestUser, type TestActor } from "../support/factories";
import { startFixtureSites, type FixtureSites, type FixtureSiteKind } from "../support/fixture-sites";

let sites: FixtureSites;
let admin: TestActor;
let sales: TestActor;
const now = new Date();

const check = (checks: AuditCheck[], key: string) => checks.find((c) => c.key === key);
const audit = (url: string | null) => auditWebsite(url, { now, robots: createRobotsCache() });

async function leadWith(website: string | null, websiteIssues: string[] = [], actor: TestActor = admin): Promise<string> {
  const { id } = await createLead(actor, { name: `Fixture ${Math.random().toString(36).slice(2, 8)}`, website, websiteIssues } as never);
  return id;
}

async function leadState(id: string) {
  const lead = await getDb().lead.findUniqueOrThrow({
    where: { id },
    select: { hasWebsite: true, websiteIssueKeys: true, lastAuditedAt: true, websiteIssues: { select: { issue: true } } },
  });
  return { ...lead, issues: lead.websiteIssues.map((row) => row.issue).sort() };
}

beforeAll(async () => {
  process.env[ALLOW_LOOPBACK_FETCH_ENV] = "1";
  sites = await startFixtureSites(); // the slow site answers after 3.5 s, over the 3 s threshold
  admin = await createTestUser("ADMIN");
  sales = await createTestUser("SALES");
});

afterAll(async () => {
  delete process.env[ALLOW_LOOPBACK_FETCH_ENV];
  await sites.close();
});

describe("auditWebsite against fixture sites", () => {
  it("a modern site passes the page checks, with evidence", async () => {
    const result = await audit(sites.url("modern"));
    expect(result.status).toBe("CHECKED");
    expect(result.hasWebsite).toBe(true);
    expect(result.httpStatus).toBe(200);
    expect(result.issues).toEqual({ OUTDATED: false, NOT_MOBILE_FRIENDLY: false, SLOW_LOADING: false, BROKEN_FEATURES: false });
    expect(check(result.checks, "viewport")?.evidence).toContain('content="width=device-width');
    expect(check(result.checks, "title")?.evidence).toContain("modern plumbing");
    expect(check(result.checks, "meta_description")?.passed).toBe(true);
    expect(check(result.checks, "h1")?.evidence).toBe("“modern plumbing”");
    expect(check(result.checks, "broken_links")?.evidence).toBe("All 3 internal links checked answer");
    expect(check(result.checks, "contact_visible")?.evidence).toBe("Visible: phone +35722123456; email hello@example.com");
    expect(result.generator).toBe("WordPress 6.5.2 (meta generator)");
    expect(check(result.checks, "page_weight")?.evidence).toMatch(/^\d+ B of HTML$/);
  });

  it("an outdated site (a 2015 footer) shows OUTDATED with the year as evidence", async () => {
    const result = await audit(sites.url("outdated"));
    expect(result.issues.OUTDATED).toBe(true);
    expect(check(result.checks, "copyright_year")).toMatchObject({ passed: false, evidence: `© 2015 in the footer — ${now.getUTCFullYear() - 2015} years old` });
  });

  it("a page without a viewport tag is NOT_MOBILE_FRIENDLY", async () => {
    const result = await audit(sites.url("no-viewport"));
    expect(result.issues.NOT_MOBILE_FRIENDLY).toBe(true);
    expect(check(result.checks, "viewport")?.evidence).toContain('No <meta name="viewport"> tag');
  });

  it("a delayed answer over the 3 s threshold is SLOW_LOADING", async () => {
    const result = await audit(sites.url("slow"));
    expect(result.issues.SLOW_LOADING).toBe(true);
    expect(check(result.checks, "load_time")?.evidence).toContain("over the 3 s limit");
  });

  it("broken internal links are BROKEN_FEATURES, each named with its status", async () => {
    const result = await audit(sites.url("broken-links"));
    expect(result.issues.BROKEN_FEATURES).toBe(true);
    const evidence = check(result.checks, "broken_links")?.evidence ?? "";
    expect(evidence).toContain("2 of 4 internal links broken");
    expect(evidence).toContain(`${sites.origin}/broken-links/missing (HTTP 404)`);
    expect(evidence).toContain(`${sites.origin}/broken-links/crash (HTTP 500)`);
  });

  it.each<[FixtureSiteKind, string]>([
    ["redirect-loop", "redirected more than 5 times"],
    ["huge", "sent more than 2097152 bytes"],
    ["gone", "answered HTTP 404"],
  ])("%s is UNREACHABLE with the reason, deciding no issue", async (kind, reason) => {
    const result = await audit(sites.url(kind));
    expect(result.status).toBe("UNREACHABLE");
    expect(result.error).toContain(reason);
    expect(result.issues).toEqual({});
    expect(result.hasWebsite).toBeNull();
  });

  it("non-HTML content is reachable but not an HTML page; no page issue is decided", async () => {
    const result = await audit(sites.url("pdf"));
    expect(result.status).toBe("CHECKED");
    expect(check(result.checks, "html")).toMatchObject({ passed: false, evidence: expect.stringContaining("application/pdf") });
    expect(result.issues).toEqual({});
  });

  it("an HTTP-only site fails the HTTPS checks", async () => {
    const result = await audit(sites.url("modern"));
    expect(check(result.checks, "https")).toMatchObject({ passed: false, evidence: `Served over plain HTTP (${sites.url("modern")})` });
    expect(check(result.checks, "https_redirect")).toMatchObject({ passed: false, evidence: `${sites.url("modern")} stays on plain HTTP` });
  });

  it("reads the page a redirect ends at (parsed as it arrives), not the redirect's own body", async () => {
    const home = "<title>Home</title><h1>Home</h1><p>Call 022 123 456</p>";
    const server = createServer((request, response) => {
      if (request.url === "/") return void response.writeHead(301, { location: "/home", "content-type": "text/html" }).end("<title>Moved</title><a href='/moved'>x</a>");
      if (request.url === "/home") return void response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(home);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const result = await audit(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(result).toMatchObject({ status: "CHECKED", bytes: Buffer.byteLength(home) });
      expect(check(result.checks, "title")?.evidence).toBe("“Home”");
      expect(check(result.checks, "broken_links")?.evidence).toBe("No internal links on the page");
      expect(check(result.checks, "contact_visible")?.evidence).toBe("Visible: phone 022 123 456");
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("robots.txt disallowing the page blocks the audit before the page is fetched", async () => {
    const result = await audit(sites.url("blocked"));
    expect(result.status).toBe("BLOCKED");
    expect(sites.hits("/blocked/")).toBe(0);
  });

  it("a social-media page or no website counts as no website", async () => {
    for (const website of ["https://www.facebook.com/joes-plumbing", "instagram.com/joes", null]) {
      const result = await audit(website);
      expect(result.status).toBe("NO_WEBSITE");
      expect(result.hasWebsite).toBe(false);
    }
    expect(check((await audit("https://m.facebook.com/x")).checks, "website")?.evidence).toContain("facebook.com page");
  });

  it("a site on a private address is refused and reported unreachable", async () => {
    const result = await audit("http://10.0.0.1/");
    expect(result.status).toBe("UNREACHABLE");
    expect(result.error).toContain("not a public address");
  });
});

describe("storing an audit on the lead", () => {
  it("sets hasWebsite and only the issues the checks showed, keeping POOR_DESIGN set by hand; keys in step", async () => {
    const id = await leadWith(sites.url("outdated"), ["POOR_DESIGN", "SLOW_LOADING", "NOT_MOBILE_FRIENDLY"]);
    await getDb().lead.update({ where: { id }, data: { hasWebsite: false } });
    const { status } = await auditLeadWebsite(admin, id, { now });
    expect(status).toBe("CHECKED");
    const lead = await leadState(id);
    expect(lead.hasWebsite).toBe(true);
    expect(lead.issues).toEqual(["OUTDATED", "POOR_DESIGN"]);
    expect(lead.websiteIssueKeys).toBe("|OUTDATED|POOR_DESIGN|");
    expect(lead.lastAuditedAt?.getTime()).toBe(now.getTime());
    const latest = await getLatestWebsiteAudit(id);
    expect(latest).toMatchObject({ status: "CHECKED", issues: ["OUTDATED"], httpStatus: 200 });
    expect(latest?.checks.find((c) => c.key === "copyright_year")?.passed).toBe(false);
    const log = await getDb().auditLog.findFirst({ where: { entityId: id, action: "website-audit" } });
    expect(log?.actorId).toBe(admin.id);
  });

  it("an unreachable site leaves the issues and hasWebsite as they were", async () => {
    const id = await leadWith(sites.url("redirect-loop"), ["OUTDATED"]);
    await auditLeadWebsite(admin, id, { now });
    const lead = await leadState(id);
    expect(lead).toMatchObject({ hasWebsite: true, issues: ["OUTDATED"], websiteIssueKeys: "|OUTDATED|" });
    expect((await getLatestWebsiteAudit(id))?.error).toContain("redirected more than 5 times");
  });

  it("a SALES user cannot audit another user's lead; bad ids are not found", async () => {
    const id = await leadWith(sites.url("modern"));
    await expect(auditLeadWebsite(sales, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(auditLeadWebsite(admin, "no-such-lead")).rejects.toBeInstanceOf(NotFoundError);
    await expect(auditLeadWebsite(admin, "bad id'; --")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the WEBSITE_AUDIT job", () => {
  it("audits the chosen leads, counts them and records a row error for a lead deleted meanwhile", async () => {
    const modern = await leadWith(sites.url("modern"), ["BROKEN_FEATURES"]);
    const noViewport = await leadWith(sites.url("no-viewport"));
    const broken = await leadWith(sites.url("broken-links"));
    const gone = await leadWith(sites.url("modern"));
    const { jobId, count } = await startWebsiteAudit(admin, { leadIds: [modern, noViewport, broken, gone] });
    expect(count).toBe(4);
    await getDb().lead.delete({ where: { id: gone } });
    expect(await runJobNow(websiteAuditJob, jobId)).toBe("SUCCEEDED");
    const job = await getDb().job.findUniqueOrThrow({ where: { id: jobId }, select: { processed: true, updated: true, failed: true, total: true } });
    expect(job).toEqual({ processed: 4, updated: 3, failed: 1, total: 4 });
    const rowErrors = await getDb().jobRowError.findMany({ where: { jobId }, select: { reason: true, raw: true } });
    expect(rowErrors).toEqual([{ reason: "The lead no longer exists", raw: gone }]);
    expect((await leadState(modern)).issues).toEqual([]);
    expect((await leadState(noViewport)).issues).toEqual(["NOT_MOBILE_FRIENDLY"]);
    expect((await leadState(broken)).issues).toEqual(["BROKEN_FEATURES"]);
    expect(await getDb().websiteAudit.count({ where: { jobId } })).toBe(3);
    // Stored together, each lead still gets its own audit time and audit-log entry.
    for (const id of [modern, noViewport, broken]) {
      const stored = await getDb().websiteAudit.findFirstOrThrow({ where: { jobId, leadId: id }, select: { auditedAt: true } });
      expect((await leadState(id)).lastAuditedAt).toEqual(stored.auditedAt);
    }
    expect(await getDb().auditLog.count({ where: { action: "website-audit", entityId: { in: [modern, noViewport, broken, gone] } } })).toBe(3);
  });

  it("a resumed job skips the leads it already audited", async () => {
    const first = await leadWith(sites.url("modern"));
    const second = await leadWith(sites.url("outdated"));
    const { jobId } = await startWebsiteAudit(admin, { leadIds: [first, second] });
    // An earlier attempt stored `first` before the worker died.
    await getDb().websiteAudit.create({ data: { leadId: first, url: "x", status: "CHECKED", checks: [], issues: [], jobId } });
    const hitsBefore = sites.hits("/modern/");
    expect(await runJobNow(websiteAuditJob, jobId)).toBe("SUCCEEDED");
    expect(sites.hits("/modern/")).toBe(hitsBefore);
    expect(await getDb().websiteAudit.count({ where: { jobId } })).toBe(2);
  });

  it("the nightly payload picks open leads with a website not audited for 30 days", async () => {
    const stale = await leadWith(sites.url("modern"));
    const fresh = await leadWith(sites.url("modern"));
    await getDb().lead.update({ where: { id: stale }, data: { lastAuditedAt: new Date(Date.now() - 31 * 86_400_000) } });
    await getDb().lead.update({ where: { id: fresh }, data: { lastAuditedAt: new Date(Date.now() - 86_400_000) } });
    const { enqueueJob } = await import("@/server/jobs/enqueue-job");
    const { id } = await enqueueJob(websiteAuditJob, { payload: { staleDays: 30, limit: 10_000 } });
    expect(await runJobNow(websiteAuditJob, id)).toBe("SUCCEEDED");
    const audited = new Set((await getDb().websiteAudit.findMany({ where: { jobId: id }, select: { leadId: true } })).map((row) => row.leadId));
    expect(audited.has(stale)).toBe(true);
    expect(audited.has(fresh)).toBe(false);
  });

  it("refuses bad requests: no leads, too many, bad ids, another's lead for SALES", async () => {
    await expect(startWebsiteAudit(admin, { leadIds: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(startWebsiteAudit(admin, { leadIds: Array.from({ length: 1001 }, (_, i) => `id${i}`) })).rejects.toBeInstanceOf(ValidationError);
    await expect(startWebsiteAudit(admin, { leadIds: ["bad id\u0000"] })).rejects.toBeInstanceOf(ValidationError);
    await expect(startWebsiteAudit(admin, { leadIds: ["nosuchlead"] })).rejects.toBeInstanceOf(NotFoundError);
    const id = await leadWith(sites.url("modern"));
    await expect(startWebsiteAudit(sales, { leadIds: [id] })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("audit after import", () => {
  it("queues a WEBSITE_AUDIT job for the leads the import created, which audits them", async () => {
    const csv = `Name,Website\nImported Outdated,${sites.url("outdated")}\nImported Modern,${sites.url("modern")}\n`;
    const preview = await previewLeadImport({ sample: csv, truncated: false });
    const settings = { fileName: "audit.csv", format: preview.format, mapping: preview.mapping, dedupe: { match: [], mode: "create" as const }, preset: preview.preset };
    const summary = await importLeadFile(admin, { source: Readable.from([Buffer.from(csv)]), settings: { ...settings, auditWebsites: true } });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 2 });
    const job = await getDb().job.findFirstOrThrow({ where: { type: "WEBSITE_AUDIT", uniqueKey: `audit-after-import:${summary.jobId}` }, select: { id: true, payload: true } });
    expect(job.payload).toEqual({ sourceJobId: summary.jobId });
    expect(await runJobNow(websiteAuditJob, job.id)).toBe("SUCCEEDED");
    const leads = await getDb().lead.findMany({ where: { sourceJobId: summary.jobId }, select: { name: true, websiteIssueKeys: true, lastAuditedAt: true } });
    expect(leads.find((lead) => lead.name === "Imported Outdated")?.websiteIssueKeys).toBe("|OUTDATED|");
    expect(leads.every((lead) => lead.lastAuditedAt !== null)).toBe(true);

    const plain = await importLeadFile(admin, { source: Readable.from([Buffer.from(csv)]), settings });
    expect(await getDb().job.count({ where: { uniqueKey: `audit-after-import:${plain.jobId}` } })).toBe(0);
  });
});
