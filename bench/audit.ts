/**
 * `npm run bench:audit [-- --leads=1000] [-- --sites=1000]`
 *
 * Website-audit throughput (issue 13): `--leads` leads, each with a fixture website of its own (one
 * fixture server per site on 127.0.0.1, run in a child process so this process's memory is the
 * auditor's alone), audited by one WEBSITE_AUDIT job in this process (AUDIT_CONCURRENCY = 16 leads at
 * a time, through guardedFetch with its per-host limit and politeness delay). Sites cycle through
 * modern, outdated, no viewport, broken links, PDF, 404 and a redirect loop. Targets: ≤ 60 s and a
 * peak RSS ≤ 300 MB. Writes bench/results/audit.json; exits non-zero on a miss.
 */
import { spawn } from "node:child_process";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/server/db";
import { ALLOW_LOOPBACK_FETCH_ENV } from "@/server/http-client/address-policy";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { runJobNow } from "@/server/jobs/run-job-now";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { AUDIT_CONCURRENCY } from "@/server/services/website-audit/run-website-audit";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { startFixtureSites, type FixtureSiteKind } from "@/tests/support/fixture-sites";
import { createTestDatabase } from "@/tests/support/test-database";
import { printTable, writeResults } from "./report";

const KINDS: FixtureSiteKind[] = ["modern", "outdated", "no-viewport", "broken-links", "pdf", "gone", "redirect-loop"];
const TARGET_SECONDS = 60;
const TARGET_RSS_MB = 300;

/** Child mode: starts `count` fixture servers and prints their origins as one JSON line. */
async function serve(count: number): Promise<void> {
  const origins: string[] = [];
  for (let i = 0; i < count; i++) origins.push((await startFixtureSites()).origin);
  process.stdout.write(`${JSON.stringify(origins)}\n`);
}

async function startFixtureProcess(count: number): Promise<{ origins: string[]; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], `--serve=${count}`], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`fixture process exited with ${code}`)));
  });
  return { origins: JSON.parse(line) as string[], stop: () => child.kill("SIGTERM") };
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { leads: { type: "string", default: "1000" }, sites: { type: "string" }, serve: { type: "string" } },
  });
  if (values.serve) return serve(Number(values.serve));
  const leadCount = Number(values.leads);
  const siteCount = Number(values.sites ?? values.leads);
  process.env[ALLOW_LOOPBACK_FETCH_ENV] = "1";
  const fixtures = await startFixtureProcess(siteCount);
  const database = await createTestDatabase("sqlite");
  try {
    process.env.DATABASE_URL = database.url;
    const db = getDb();
    const stageId = await firstLeadStageId();
    const kindOf = (i: number) => KINDS[i % KINDS.length];
    await db.lead.createMany({
      data: Array.from({ length: leadCount }, (_, i) => ({
        name: `Audit bench ${i}`,
        website: `${fixtures.origins[i % siteCount]}/${kindOf(i)}/`,
        hasWebsite: true,
        stageId,
        searchText: `audit bench ${i}`,
      })),
    });
    const leadIds = (await db.lead.findMany({ select: { id: true }, orderBy: { name: "asc" } })).map((lead) => lead.id);
    const { id } = await enqueueJob(websiteAuditJob, { payload: { leadIds }, total: leadIds.length });

    const startRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const start = performance.now();
    const status = await runJobNow(websiteAuditJob, id, { pollMs: 50 });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    const peakRssMb = Math.round(peakRss / 1024 / 1024);

    const job = await db.job.findUniqueOrThrow({ where: { id }, select: { processed: true, updated: true, failed: true } });
    const byStatus = await db.websiteAudit.groupBy({ by: ["status"], where: { jobId: id }, _count: { _all: true } });
    const statuses = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
    const issues = await db.leadWebsiteIssue.groupBy({ by: ["issue"], _count: { _all: true } });
    const ok = status === "SUCCEEDED" && job.updated === leadCount && seconds <= TARGET_SECONDS && peakRssMb <= TARGET_RSS_MB;

    printTable(
      ["leads", "sites", "concurrency", "job", "seconds", "leads/s", "RSS at start MB", "peak RSS MB", "audits by status"],
      [[String(leadCount), String(siteCount), String(AUDIT_CONCURRENCY), status, seconds.toFixed(1), (leadCount / seconds).toFixed(1), String(startRssMb), String(peakRssMb), JSON.stringify(statuses)]],
      (column) => column >= 1 && column <= 7 && column !== 3,
    );
    console.log(`\nIssues set: ${issues.map((row) => `${row.issue} ${row._count._all}`).join(", ")}`);
    console.log(`Targets: ≤ ${TARGET_SECONDS} s, ≤ ${TARGET_RSS_MB} MB → ${ok ? "met" : "MISSED"}`);
    const file = writeResults("audit", {
      leads: leadCount,
      sites: siteCount,
      concurrency: AUDIT_CONCURRENCY,
      status,
      seconds: Number(seconds.toFixed(2)),
      leadsPerSecond: Number((leadCount / seconds).toFixed(1)),
      startRssMb,
      peakRssMb,
      job,
      statuses,
      targets: { seconds: TARGET_SECONDS, rssMb: TARGET_RSS_MB },
      met: ok,
    });
    console.log(`Wrote ${file}`);
    if (!ok) process.exitCode = 1;
  } finally {
    fixtures.stop();
    await disconnectDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
