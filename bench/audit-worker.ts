/**
 * The worker process of `npm run bench:audit`: runs the WEBSITE_AUDIT job named on the command line
 * against DATABASE_URL to its end, as `npm run worker` runs jobs, then prints its status and this
 * process's peak resident set (VmHWM, MB) as one JSON line. It loads nothing of the benchmark's
 * seeding or fixtures, so its memory is the auditor's alone, and sets the heap as scripts/worker.ts
 * does (limitWorkerHeapGrowth).
 */
import fs from "node:fs";
import { disconnectDb } from "@/server/db";
import { runJobNow } from "@/server/jobs/run-job-now";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { limitWorkerHeapGrowth } from "@/scripts/worker-heap";

async function main(jobId: string): Promise<void> {
  limitWorkerHeapGrowth();
  const status = await runJobNow(websiteAuditJob, jobId, { pollMs: 50 });
  await disconnectDb();
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? Number.NaN);
  process.stdout.write(`${JSON.stringify({ status, peakRssMb: Math.round(peakKb / 1024) })}\n`);
}

void main(process.argv[2]);
