/**
 * `npm run bench:campaign [-- --recipients=10000] [-- --postgres]`
 *
 * Campaign send throughput (issue 10): 10,000 recipients sent by a `npm run worker` child process
 * to the fake Resend API at its default limit of 2 requests a second. 100 emails per batch call
 * make 100 calls, so the rate-limit bound is (100 − 1) / 2 ≈ 50 s; the send must finish within
 * 1.15 × 50 s, with the worker's peak RSS (read from /proc) at most 300 MB, and every recipient
 * exactly once at the fake. Writes bench/results/campaign-send.json; exits non-zero on a miss.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/server/db";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { startFakeResend } from "@/tests/support/fake-resend-server";
import { campaignBenchEnv, createBenchCampaign } from "./crash-campaign";
import { createMigratedDatabase, startWorkerProcess, switchDatabase, waitForJob } from "./crash-resume";
import { writeResults } from "./report";

/** Resident set size of a process and its children's tree root, in MB (Linux /proc). */
function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Pids of `pid`'s process tree (tsx runs the worker in a child node process). */
function tree(pid: number): number[] {
  const children = (() => {
    try {
      return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  return [pid, ...children.flatMap(tree)];
}

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { recipients: { type: "string", default: "10000" }, postgres: { type: "boolean", default: false } } });
  const recipients = Number(values.recipients);
  const kind = values.postgres ? "postgres" : "sqlite";
  const fake = await startFakeResend();
  campaignBenchEnv(fake);
  const database = await createMigratedDatabase(kind);
  try {
    await switchDatabase(database.url);
    const { campaignId, sender, addresses } = await createBenchCampaign(recipients);
    const worker = await startWorkerProcess({ databaseUrl: database.url, uploadDir: "/tmp", leaseMs: 30_000 });
    let peakMb = 0;
    const sampler = setInterval(() => {
      const mb = Math.max(...tree(worker.child.pid!).map(rssMb));
      peakMb = Math.max(peakMb, mb);
    }, 200);
    const start = performance.now();
    const { jobId } = await sendCampaign(sender, campaignId, {});
    const done = await waitForJob(jobId, (job) => job.status === "SUCCEEDED" || job.status === "FAILED", { pollMs: 100, timeoutMs: 10 * 60_000, worker });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    await worker.stop();
    const calls = Math.ceil(recipients / 100);
    const boundSeconds = (calls - 1) / 2;
    const notOnce = addresses.filter((a) => fake.sentTo(a) !== 1).length;
    const report = {
      database: kind,
      recipients,
      status: done.status,
      seconds: Number(seconds.toFixed(2)),
      boundSeconds,
      ratio: Number((seconds / boundSeconds).toFixed(3)),
      peakWorkerRssMb: Math.round(peakMb),
      sentAtFake: fake.sent.length,
      rateLimited429: fake.requests.filter((r) => r.status === 429).length,
      notExactlyOnce: notOnce,
      pass: done.status === "SUCCEEDED" && seconds <= boundSeconds * 1.15 && peakMb <= 300 && notOnce === 0,
    };
    const written = writeResults(kind === "sqlite" ? "campaign-send" : "campaign-send-postgres", report);
    console.log(JSON.stringify(report, null, 2));
    console.error(`${report.pass ? "pass" : "MISS"} — written to ${written}`);
    process.exitCode = report.pass ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.drop().catch(() => undefined);
    await fake.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
