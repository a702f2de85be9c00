// The crash test of the durable queue (issue 9), small enough for the suite: a 6,000-row
// generated Google-Maps CSV is imported by a `npm run worker` child process that is killed with
// SIGKILL once its first batch is saved; an in-process worker re-claims the job when the dead
// worker's lease expires and resumes it at the next unsaved batch. The result must equal an
// import of the same file without a crash. (`npm run bench:crash` does the same with 100,000 rows.)
//
// The crash-free import runs in the setup file's database. The crashed one runs in a second fresh
// database whose migrations are also recorded in Prisma's _prisma_migrations table
// (createMigratedDatabase): the child runs `prisma migrate deploy` on start, which refuses a
// database made by createTestDatabase alone (error P3005, "The database schema is not empty").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareImports, createMigratedDatabase, describeImport, readJobState, startWorkerProcess, switchDatabase, waitForJob, type WorkerProcess } from "@/bench/crash-resume";
import { scrapeImportSettings, writeScrape } from "@/bench/google-maps-scrape";
import { getDb } from "@/server/db";
import { startWorker, type Worker } from "@/server/jobs/worker";
import { createLeadImportJob } from "@/server/services/imports/create-lead-import-job";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";

const kind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
const ROWS = 6_000;
/** Records per saved batch (runLeadImport's BATCH_RECORDS). */
const BATCH = 1_000;

let dir: string;
let file: string;
let uploadDir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-crash-test-"));
  file = path.join(dir, "scrape.csv");
  uploadDir = path.join(dir, "uploads");
  process.env.UPLOAD_DIR = uploadDir;
  await writeScrape(file, ROWS);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const settings = () => scrapeImportSettings("scrape.csv");

describe("a lead import whose worker process is killed with SIGKILL", () => {
  it("is resumed by another worker at the next unsaved batch and ends equal to an import without a crash", async () => {
    const setupUrl = process.env.DATABASE_URL!;
    // The worker process starts by migrating (scripts/db-migrate.ts), which creates the default lead
    // scoring rules that score the imported leads: the crash-free import gets them too.
    await ensureDefaultScoringRules();
    const summary = await importLeadFile(null, { source: fs.createReadStream(file), settings: settings() });
    const clean = await describeImport(summary.jobId);
    expect(clean).toMatchObject({ status: "SUCCEEDED", attempts: 1, processed: ROWS, duplicateExternalIds: 0 });
    expect(clean.skipped).toBeGreaterThan(0); // the generated file repeats places
    expect(clean.failed).toBeGreaterThan(0); // and has malformed rows

    const crashDb = await createMigratedDatabase(kind);
    let child: WorkerProcess | undefined;
    let worker: Worker | undefined;
    try {
      await switchDatabase(crashDb.url);
      const { jobId } = await createLeadImportJob(null, { source: fs.createReadStream(file), settings: settings() });
      child = await startWorkerProcess({ databaseUrl: crashDb.url, uploadDir, leaseMs: 1_000 });
      const seen = await waitForJob(jobId, (job) => job.processed >= BATCH || job.status === "SUCCEEDED", { pollMs: 20, timeoutMs: 20_000, worker: child });
      await child.kill9();

      // The kill must land mid-import, or this test proves nothing.
      const atKill = await readJobState(jobId);
      expect(seen.status).toBe("RUNNING");
      expect(atKill).toMatchObject({ status: "RUNNING", attempts: 1 });
      expect(atKill.leaseOwner).toMatch(/^worker:/);
      expect(atKill.processed).toBeGreaterThanOrEqual(BATCH);
      expect(atKill.processed).toBeLessThan(ROWS);
      expect(atKill.processed % BATCH).toBe(0); // saved batch by batch

      // The dead worker's lease (1 s) expires; this worker re-claims the job and resumes it.
      worker = startWorker({ leaseMs: 1_000, pollMs: 50, schedules: false });
      const done = await waitForJob(jobId, (job) => job.status === "SUCCEEDED", { pollMs: 50, timeoutMs: 20_000 });
      await worker.stop();
      worker = undefined;
      expect(done).toMatchObject({ status: "SUCCEEDED", attempts: 2, processed: ROWS });

      const crashed = await describeImport(jobId);
      expect(compareImports(crashed, clean)).toEqual([]);
      expect(crashed).toMatchObject({ leads: clean.leads, duplicateExternalIds: 0, created: clean.created, skipped: clean.skipped, failed: clean.failed });
      const log = await getDb().jobLogEntry.findMany({ where: { jobId }, orderBy: { at: "asc" }, select: { attempt: true, message: true } });
      expect(log).toContainEqual({ attempt: 2, message: `Resuming after record ${atKill.processed.toLocaleString("en")} (saved by an earlier attempt)` });
    } finally {
      await worker?.stop();
      await child?.kill9();
      await switchDatabase(setupUrl);
      await crashDb.drop();
    }
  }, 60_000);
});
