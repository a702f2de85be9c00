/**
 * `npm run bench:crash [-- --postgres] [-- --rows=100000]`
 *
 * The crash test of the durable queue (issue 9): enqueues an import of the generated
 * Google-Maps CSV of bench:import (100,000 rows, seeded, with its repeated places and malformed
 * rows) on a fresh database, runs it in a `npm run worker` child process (JOB_LEASE_MS=3000),
 * kills that child with SIGKILL once about half the rows are saved, starts a second child, and
 * waits until the job has SUCCEEDED. Then imports the same file into a second fresh database
 * without a crash (importLeadFile, the command line's path) and compares the two: job counts,
 * lead count, a digest of every lead's CSV-derived fields, the rejected rows, and the attempts
 * (2 against 1). Prints a JSON report, writes bench/results/crash-import.json
 * (crash-import-postgres.json with --postgres) and exits non-zero when anything differs.
 * SQLite by default; --postgres runs on a fresh database of the server at POSTGRES_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/server/db";
import { createLeadImportJob } from "@/server/services/imports/create-lead-import-job";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { createTestDatabase } from "@/tests/support/test-database";
import { compareImports, createMigratedDatabase, describeImport, readJobState, startWorkerProcess, switchDatabase, waitForJob, type WorkerProcess } from "./crash-resume";
import { scrapeImportSettings, writeScrape } from "./google-maps-scrape";
import { writeResults } from "./report";

const LEASE_MS = 3_000;
const TIMEOUT_MS = 10 * 60_000;
const POLL_MS = 100;

const seconds = (from: number, to: number) => Number(((to - from) / 1000).toFixed(2));

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { rows: { type: "string", default: "100000" }, postgres: { type: "boolean", default: false } },
  });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 2_000) throw new Error("--rows must be a whole number of at least 2000 (two batches)");
  const kind = values.postgres ? "postgres" : "sqlite";
  const killAt = Math.floor(rows / 2);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-bench-crash-"));
  const file = path.join(dir, "results.csv");
  const uploadDir = path.join(dir, "uploads");
  process.env.UPLOAD_DIR = uploadDir;
  const workers: WorkerProcess[] = [];
  const drops: Array<() => Promise<void>> = [];
  try {
    let mark = performance.now();
    const bytes = await writeScrape(file, rows);
    const generateSeconds = seconds(mark, performance.now());
    console.error(`wrote ${rows} rows (${(bytes / 1024 / 1024).toFixed(0)} MB) in ${generateSeconds} s; ${kind} database…`);

    const crashDb = await createMigratedDatabase(kind);
    drops.push(crashDb.drop);
    await switchDatabase(crashDb.url);
    const { jobId } = await createLeadImportJob(null, { source: fs.createReadStream(file), settings: scrapeImportSettings("results.csv") });

    const startWorker = async () => {
      const worker = await startWorkerProcess({ databaseUrl: crashDb.url, uploadDir, leaseMs: LEASE_MS });
      workers.push(worker);
      return { worker, readyAt: performance.now() };
    };

    // First worker: runs until about half the rows are saved, then kill -9.
    const start = performance.now();
    const { worker: first, readyAt: firstReadyAt } = await startWorker();
    const firstBatch = await waitForJob(jobId, (job) => job.processed > 0, { pollMs: POLL_MS, timeoutMs: TIMEOUT_MS, worker: first });
    const firstBatchAt = performance.now();
    const seen = await waitForJob(jobId, (job) => job.processed >= killAt || job.status === "SUCCEEDED", { pollMs: POLL_MS, timeoutMs: TIMEOUT_MS, worker: first });
    if (seen.status !== "RUNNING" || firstBatch.status !== "RUNNING") throw new Error(`the job was ${seen.status} before the kill: ${seen.lastError ?? ""}\n${first.output()}`);
    const killedAt = performance.now();
    await first.kill9();
    const atKill = await readJobState(jobId);
    const leaseLeftMs = atKill.leaseUntil ? atKill.leaseUntil.getTime() - Date.now() : null;
    console.error(`killed the worker at ${atKill.processed} saved rows (${seconds(start, killedAt)} s); starting another`);

    // Second worker: re-claims the job once the dead worker's lease has expired, resumes, finishes.
    const restartedAt = performance.now();
    const { worker: second, readyAt: secondReadyAt } = await startWorker();
    const reclaimed = await waitForJob(jobId, (job) => job.attempts >= 2, { pollMs: POLL_MS, timeoutMs: TIMEOUT_MS, worker: second });
    const reclaimedAt = performance.now();
    const finished = await waitForJob(jobId, (job) => job.status === "SUCCEEDED", { pollMs: POLL_MS, timeoutMs: TIMEOUT_MS, worker: second });
    const finishedAt = performance.now();
    await second.stop();
    const crashed = await describeImport(jobId);
    const log = await getDb().jobLogEntry.findMany({ where: { jobId }, orderBy: { at: "asc" }, select: { attempt: true, level: true, message: true } });
    console.error(`crashed import ${finished.status} after ${seconds(start, finishedAt)} s; importing again without a crash…`);

    // The same file into a second fresh database, without a crash.
    const cleanDb = await createTestDatabase(kind);
    drops.push(cleanDb.drop);
    await switchDatabase(cleanDb.url);
    mark = performance.now();
    // The worker process starts by migrating (scripts/db-migrate.ts), which creates the default lead
    // scoring rules that score the imported leads: the crash-free import gets them too.
    await ensureDefaultScoringRules();
    const summary = await importLeadFile(null, { source: fs.createReadStream(file), settings: scrapeImportSettings("results.csv") });
    const cleanSeconds = seconds(mark, performance.now());
    const clean = await describeImport(summary.jobId);

    const differences = compareImports(crashed, clean);
    const report = {
      database: kind,
      rows,
      fileMb: Math.round(bytes / 1024 / 1024),
      leaseMs: LEASE_MS,
      generateSeconds,
      crash: {
        workerStartSeconds: seconds(start, firstReadyAt),
        secondsToFirstSavedBatch: seconds(start, firstBatchAt),
        secondsToKill: seconds(start, killedAt),
        processedSeenBeforeKill: seen.processed,
        processedSavedAtKill: atKill.processed,
        statusAfterKill: atKill.status,
        leaseLeftAfterKillMs: leaseLeftMs,
        secondWorkerStartSeconds: seconds(restartedAt, secondReadyAt),
        secondsFromKillToReclaim: seconds(killedAt, reclaimedAt),
        processedWhenReclaimed: reclaimed.processed,
        secondsFromReclaimToFinish: seconds(reclaimedAt, finishedAt),
        secondsFromRestartToFinish: seconds(restartedAt, finishedAt),
        totalSeconds: seconds(start, finishedAt),
        log,
      },
      cleanRun: { seconds: cleanSeconds },
      crashed,
      clean,
      equal: differences.length === 0,
      differences,
    };
    const written = writeResults(kind === "sqlite" ? "crash-import" : "crash-import-postgres", report);
    console.log(JSON.stringify(report, null, 2));
    console.error(`${differences.length ? "DIFFERENT" : "equal"} — written to ${written}`);
    process.exitCode = differences.length ? 1 : 0;
  } finally {
    for (const worker of workers) await worker.kill9();
    await disconnectDb();
    for (const drop of drops) await drop().catch((error: unknown) => console.error("could not remove a bench database", error));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
