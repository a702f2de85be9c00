/**
 * `npm run bench:audit [-- --leads=1000] [-- --sites=1000]`
 *
 * Website-audit throughput (issue 13): `--leads` leads, each with a fixture website of its own (one
 * fixture server per site on 127.0.0.1, in a child process), audited by one WEBSITE_AUDIT job
 * (AUDIT_CONCURRENCY = 16 leads at a time, through guardedFetch with its per-host limit and
 * politeness delay) run by a worker process of its own, as `npm run worker` runs jobs, so the
 * memory measured is the auditor's alone: its peak resident set (VmHWM) as Linux counts it, not the
 * seeding's or the fixtures'. The time is the worker's run, from start to exit. Sites cycle through
 * modern, outdated, no viewport, broken links, PDF, 404 and a redirect loop. Targets: ≤ 60 s and a
 * peak RSS ≤ 300 MB. Writes bench/results/audit.json; exits non-zero on a miss.
 */
import { spawn } from "node:child_process";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/server/db";
import { ALLOW_LOOPBACK_FETCH_ENV } from "@/server/http-client/address-policy";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { AUDIT_CONCURRENCY } from "@/server/services/website-audit/run-website-audit";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { startFixtureSites, type FixtureSiteKind } from "@/tests/support/fixture-sites";
import { createTestDatabase } from "@/tests/support/test-database";
import { printTable, writeResults } from "./report";

const KINDS: FixtureSiteKind[] = ["modern", "outdated", "no-viewport", "broken-links", "pdf", "gone", "redirect-loop"];
const TARGET_SECONDS = 60;
const TARGET_RSS_MB = 300;

/** Runs the job in a worker process of its own (bench/audit-worker.ts) against `databaseUrl`; resolves with what it printed. */
async function auditInWorker(databaseUrl: string, jobId: string): Promise<{ status: string; peakRssMb: number }> {
  const child = spawn(process.execPath, [...process.execArgv, "bench/audit-worker.ts", jobId], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: databaseUrl } });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", (line) => resolve(JSON.parse(line)));
    child.once("exit", (code) => reject(new Error(`worker process exited with ${code}`)));
  });
}

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

    const start = performance.now();
    const { status, peakRssMb } = await auditInWorker(database.url, id);
    const seconds = (performance.now() - start) / 1000;

    const job = await db.job.findUniqueOrThrow({ where: { id }, select: { processed: true, updated: true, failed: true } });
    const byStatus = await db.websiteAudit.groupBy({ by: ["status"], where: { jobId: id }, _count: { _all: true } });
    const statuses = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
    const issues = await db.leadWebsiteIssue.groupBy({ by: ["issue"], _count: { _all: true } });
    const ok = status === "SUCCEEDED" && job.updated === leadCount && seconds <= TARGET_SECONDS && peakRssMb <= TARGET_RSS_MB;

    printTable(
      ["leads", "sites", "concurrency", "job", "seconds", "leads/s", "worker peak RSS MB", "audits by status"],
      [[String(leadCount), String(siteCount), String(AUDIT_CONCURRENCY), status, seconds.toFixed(1), (leadCount / seconds).toFixed(1), String(peakRssMb), JSON.stringify(statuses)]],
      (column) => column >= 1 && column <= 6 && column !== 3,
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
