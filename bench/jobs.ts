/**
 * `npm run bench:jobs [-- --postgres] [--jobs N]`: the durable queue's throughput and pickup
 * latency (issue 9's targets: ≥ 1,000 no-op jobs a second claimed and completed on SQLite, and on
 * PostgreSQL with 2 workers; pickup p95 ≤ 1 s after enqueue for the in-process worker).
 *
 * - throughput, SQLite: N no-op jobs queued in a fresh database file, one in-process worker.
 * - throughput, PostgreSQL: N no-op jobs in a fresh database, two worker processes
 *   (bench/jobs-worker.ts) sharing the queue through FOR UPDATE SKIP LOCKED.
 *   Jobs are queued not yet due, then made due at once; the time is from then to the last
 *   job's finishedAt. `--concurrency` sets each worker's parallel jobs (default 64).
 * - pickup latency: an idle in-process worker; 200 jobs enqueued one at a time at random
 *   intervals; latency = the job's start (startedAt) − the moment enqueueJob was called.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { registerJobType } from "@/server/jobs/registry";
import { startWorker } from "@/server/jobs/worker";
import { createTestDatabase } from "@/tests/support/test-database";
import { percentile } from "./measure";
import { noopJob } from "./noop-job";
import { printTable, writeResults } from "./report";

const { values } = parseArgs({
  options: { postgres: { type: "boolean", default: false }, jobs: { type: "string", default: "10000" }, concurrency: { type: "string", default: "64" } },
});
const JOBS = Number(values.jobs);
/** Jobs each worker runs at once (a worker's default is 16; JOB_WORKER_CONCURRENCY sets it). */
const CONCURRENCY = Number(values.concurrency);

const NOT_YET = new Date("2999-01-01T00:00:00.000Z");

/** Queues `count` no-op jobs that are not due yet; releaseNoops makes them all due at once. */
async function queueNoops(count: number): Promise<void> {
  const db = getDb();
  for (let start = 0; start < count; start += 1000) {
    await db.job.createMany({ data: Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({ type: noopJob.type, payload: { n: start + i }, runAt: NOT_YET })) });
  }
}

/** Makes every queued no-op job due now; returns when that happened (performance.now()). */
async function releaseNoops(): Promise<number> {
  await getDb().job.updateMany({ where: { runAt: NOT_YET }, data: { runAt: new Date() } });
  return performance.now();
}

async function waitUntilDone(count: number): Promise<void> {
  while ((await getDb().job.count({ where: { status: "SUCCEEDED" } })) < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Seconds from the release to the last job's finishedAt (the database's own record of the work). */
async function drainedSeconds(releasedAt: Date): Promise<number> {
  const { _max } = await getDb().job.aggregate({ _max: { finishedAt: true } });
  return (_max.finishedAt!.getTime() - releasedAt.getTime()) / 1000;
}

/** One in-process worker drains `JOBS` queued no-op jobs. */
async function throughputInProcess(): Promise<{ jobs: number; concurrency: number; seconds: number; perSecond: number }> {
  await queueNoops(JOBS);
  const worker = startWorker({ concurrency: CONCURRENCY, pollMs: 50, schedules: false });
  const releasedAt = new Date();
  await releaseNoops();
  await waitUntilDone(JOBS);
  await worker.stop();
  const seconds = await drainedSeconds(releasedAt);
  return { jobs: JOBS, concurrency: CONCURRENCY, seconds, perSecond: JOBS / seconds };
}

function spawnWorker(url: string): { child: ChildProcess; report: Promise<{ workerId: string; attempts: number }> } {
  const child = spawn("node_modules/.bin/tsx", ["--tsconfig", "scripts/tsconfig.json", "bench/jobs-worker.ts"], {
    env: { ...process.env, DATABASE_URL: url, BENCH_CONCURRENCY: String(CONCURRENCY) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (chunk) => (out += chunk));
  const report = new Promise<{ workerId: string; attempts: number }>((resolve) => child.on("exit", () => resolve(JSON.parse(out.trim().split("\n").at(-1)!))));
  return { child, report };
}

/** Two worker processes drain `JOBS` queued no-op jobs; timed from the first claim. */
async function throughputTwoProcesses(url: string) {
  await queueNoops(JOBS);
  const workers = [spawnWorker(url), spawnWorker(url)];
  // Let both processes load and connect before there is work, so their start-up is not timed.
  await new Promise((resolve) => setTimeout(resolve, 8000));
  const releasedAt = new Date();
  await releaseNoops();
  await waitUntilDone(JOBS);
  for (const worker of workers) worker.child.kill("SIGTERM");
  const reports = await Promise.all(workers.map((worker) => worker.report));
  const seconds = await drainedSeconds(releasedAt);
  const twice = await getDb().job.count({ where: { attempts: { not: 1 } } });
  return { jobs: JOBS, concurrency: CONCURRENCY, seconds, perSecond: JOBS / seconds, perWorker: reports, jobsNotRunExactlyOnce: twice };
}

/** Pickup latency of an idle in-process worker: enqueue one job at a time, read its startedAt. */
async function pickupLatency(samples = 200) {
  const worker = startWorker({ concurrency: 4, pollMs: 500, schedules: false });
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
    const enqueuedAt = Date.now();
    const { id } = await enqueueJob(noopJob, { payload: { n: i } });
    let job = await getDb().job.findUniqueOrThrow({ where: { id }, select: { startedAt: true } });
    while (!job.startedAt) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      job = await getDb().job.findUniqueOrThrow({ where: { id }, select: { startedAt: true } });
    }
    latencies.push(Math.max(0, job.startedAt.getTime() - enqueuedAt));
  }
  await worker.stop();
  latencies.sort((a, b) => a - b);
  return { samples, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1)! };
}

async function main() {
  registerJobType(noopJob);
  const kind = values.postgres ? "postgres" : "sqlite";
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  try {
    const throughput = kind === "sqlite" ? await throughputInProcess() : await throughputTwoProcesses(database.url);
    await getDb().job.deleteMany();
    const latency = await pickupLatency();
    printTable(
      ["case", "result", "target"],
      [
        [`${kind}: ${JOBS.toLocaleString("en")} no-op jobs, ${kind === "sqlite" ? "1 in-process worker" : "2 worker processes"}, concurrency ${CONCURRENCY}`, `${Math.round(throughput.perSecond).toLocaleString("en")} jobs/s (${throughput.seconds.toFixed(2)} s)`, "≥ 1,000 jobs/s"],
        [`${kind}: pickup latency, idle in-process worker`, `p50 ${latency.p50} ms, p95 ${latency.p95} ms, max ${latency.max} ms`, "p95 ≤ 1,000 ms"],
      ],
      (column) => column === 1,
    );
    console.log(`\nwrote ${writeResults(`jobs-${kind}`, { throughput, latency })}`);
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
