/**
 * The steps that bench:crash (bench/crash-import.ts) and the crash-resume test
 * (tests/integration/import-crash-resume.integration-test.ts) share: a database migrated the way
 * `npm run worker` migrates one, a worker child process that can be killed with SIGKILL, polling a
 * job's row, and a digest of what an import left in the database, to compare a crashed and
 * resumed import with one that ran without a crash.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { disconnectDb, getDb } from "@/server/db";
import { POSTGRES_ADMIN_URL } from "@/tests/support/test-database";
import { migrateDatabase } from "@/scripts/db-migrate";

export type DatabaseKind = "sqlite" | "postgres";

/**
 * Points this process's database client at `url` (DATABASE_URL) and closes the previous
 * connection, so that the next getDb() opens the new database.
 */
export async function switchDatabase(url: string): Promise<void> {
  await disconnectDb();
  process.env.DATABASE_URL = url;
}

/**
 * Creates an empty database and migrates it with migrateDatabase (`prisma migrate deploy`, then
 * the default pipelines), as `npm run worker` does on start. A worker started on it later finds
 * every migration applied. (Databases made by tests/support/test-database.ts apply the migration
 * SQL directly, without Prisma's `_prisma_migrations` table, so `migrate deploy` refuses them
 * with P3005.) Leaves DATABASE_URL as it was.
 * @returns its DATABASE_URL and a function that removes it.
 */
export async function createMigratedDatabase(kind: DatabaseKind): Promise<{ url: string; drop: () => Promise<void> }> {
  let url: string;
  let drop: () => Promise<void>;
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-crash-"));
    url = `file:${path.join(dir, "crash.db")}`;
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `leadwell_crash_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const address = new URL(POSTGRES_ADMIN_URL);
    address.pathname = `/${name}`;
    url = address.toString();
    drop = async () => {
      const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  }
  const previous = process.env.DATABASE_URL;
  try {
    await switchDatabase(url);
    await migrateDatabase();
  } catch (error) {
    await drop();
    throw error;
  } finally {
    await disconnectDb();
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
  return { url, drop };
}

/** A `npm run worker` child process (scripts/worker.ts under tsx). */
export type WorkerProcess = {
  child: ChildProcess;
  /** Its stdout and stderr so far (for error messages). */
  output(): string;
  /** Whether it has exited. */
  exited(): boolean;
  /**
   * Resolves once it has migrated the database and started its worker loop (its "running" line).
   * @throws Error when it exited before, with its output.
   */
  ready(): Promise<void>;
  /** Resolves once it has exited. */
  exit: Promise<void>;
  /**
   * Kills it with SIGKILL, like `kill -9`: its whole process group, because tsx runs the worker in
   * a child node process of its own that a SIGKILL of tsx alone would leave running. Resolves once
   * it has exited.
   */
  kill9(): Promise<void>;
  /** Asks it to stop (SIGTERM: running jobs are handed back); SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
};

/**
 * Starts `node_modules/.bin/tsx --conditions=react-server scripts/worker.ts` as a child in its
 * own process group, against `databaseUrl`, with UPLOAD_DIR and JOB_LEASE_MS (its leases, in ms)
 * in its environment. It migrates the database first (a no-op on one made by
 * createMigratedDatabase), then claims due jobs. On SQLite nothing else may have the database
 * open until it is ready(): `prisma migrate deploy` sets `locking_mode=EXCLUSIVE` and fails with
 * SQLITE_BUSY (reported as "unknown variant `SocketTimeout`") beside any other connection, so call
 * disconnectDb() before and open the database again after.
 */
export function spawnWorker({ databaseUrl, uploadDir, leaseMs }: { databaseUrl: string; uploadDir: string; leaseMs: number }): WorkerProcess {
  const root = process.cwd();
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, UPLOAD_DIR: uploadDir, JOB_LEASE_MS: String(leaseMs) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  let started = false;
  let onStarted = () => {};
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString("utf8")).slice(-20_000);
    if (!started && /job worker \S+ running/.test(text)) {
      started = true;
      onStarted();
    }
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  let done = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      done = true;
      resolve();
    });
    child.once("error", (error) => {
      append(Buffer.from(String(error)));
      done = true;
      resolve();
    });
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  return {
    child,
    output: () => text,
    exited: () => done,
    exit,
    async ready() {
      if (!started) await Promise.race([new Promise<void>((resolve) => (onStarted = resolve)), exit]);
      if (!started) throw new Error(`the worker exited before it started:\n${text}`);
    },
    async kill9() {
      killGroup("SIGKILL");
      await exit;
    },
    async stop(graceMs = 10_000) {
      if (done) return killGroup("SIGKILL"); // a grandchild may outlive tsx
      child.kill("SIGTERM"); // tsx relays it to the worker
      const timer = setTimeout(() => killGroup("SIGKILL"), graceMs);
      await exit;
      clearTimeout(timer);
      killGroup("SIGKILL");
    },
  };
}

const JOB_STATE = { status: true, attempts: true, processed: true, total: true, leaseOwner: true, leaseUntil: true, lastError: true } as const;

/** What the crash runs read of a job's row while they wait. */
export type JobState = {
  status: string;
  attempts: number;
  processed: number;
  total: number | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string | null;
};

/** Reads a job's state (status, attempts, progress, lease). */
export function readJobState(jobId: string): Promise<JobState> {
  return getDb().job.findUniqueOrThrow({ where: { id: jobId }, select: JOB_STATE });
}

/**
 * Polls a job's row until `until` holds, or it reached FAILED or CANCELLED (returned too, for the
 * caller to report).
 * @param worker - the child expected to run the job: its early exit is an error.
 * @throws Error after `timeoutMs`, or when `worker` exited, with its output.
 */
export async function waitForJob(
  jobId: string,
  until: (job: JobState) => boolean,
  { pollMs, timeoutMs, worker }: { pollMs: number; timeoutMs: number; worker?: WorkerProcess },
): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await readJobState(jobId);
    if (until(job) || job.status === "FAILED" || job.status === "CANCELLED") return job;
    if (worker?.exited()) throw new Error(`the worker exited while job ${jobId} was ${job.status} at ${job.processed}:\n${worker.output()}`);
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status} at ${job.processed} after ${timeoutMs} ms${worker ? `:\n${worker.output()}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const LEAD_COLUMNS = {
  externalId: true,
  name: true,
  email: true,
  phone: true,
  phoneDigits: true,
  website: true,
  websiteDomain: true,
  hasWebsite: true,
  niche: true,
  source: true,
  address: true,
  city: true,
  country: true,
  rating: true,
  reviewCount: true,
  mapsUrl: true,
  searchText: true,
  score: true,
  temperature: true,
  ownerId: true,
} as const;

/** What an import left in the database, without ids or timestamps: equal for a crashed and resumed run and a clean one. */
export type ImportOutcome = {
  status: string;
  attempts: number;
  total: number | null;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  leads: number;
  /** Leads beyond the first with the same external id (0: no row was imported twice). */
  duplicateExternalIds: number;
  /** sha256 over every lead's CSV-derived columns (LEAD_COLUMNS and tag names), sorted by external id, then name. */
  leadDigest: string;
  rowErrors: number;
  /** sha256 over the job's row errors (line, reason, raw cells), sorted by line. */
  rowErrorDigest: string;
};

const sha256 = (lines: string[]) => createHash("sha256").update(lines.join("\n")).digest("hex");

/**
 * Reads the outcome of import job `jobId` and every lead in the database (in pages, so a
 * 100,000-lead database is read in bounded queries). Sorting is done here, not by the database,
 * so both providers sort alike.
 */
export async function describeImport(jobId: string): Promise<ImportOutcome> {
  const db = getDb();
  const job = await db.job.findUniqueOrThrow({
    where: { id: jobId },
    select: { status: true, attempts: true, total: true, processed: true, created: true, updated: true, skipped: true, failed: true },
  });
  const lines: string[] = [];
  const perExternalId = new Map<string, number>();
  let cursor: string | undefined;
  for (;;) {
    const page = await db.lead.findMany({
      select: { id: true, ...LEAD_COLUMNS, tags: { select: { name: true } } },
      orderBy: { id: "asc" },
      take: 5_000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const lead of page) {
      lines.push(JSON.stringify([...Object.keys(LEAD_COLUMNS).map((key) => lead[key as keyof typeof lead]), lead.tags.map((tag) => tag.name).sort()]));
      if (lead.externalId !== null) perExternalId.set(lead.externalId, (perExternalId.get(lead.externalId) ?? 0) + 1);
    }
    if (page.length < 5_000) break;
    cursor = page[page.length - 1].id;
  }
  lines.sort();
  const errors = await db.jobRowError.findMany({ where: { jobId }, select: { line: true, reason: true, raw: true } });
  const errorLines = errors.sort((a, b) => a.line - b.line || a.reason.localeCompare(b.reason)).map((error) => JSON.stringify([error.line, error.reason, error.raw]));
  return {
    ...job,
    leads: lines.length,
    duplicateExternalIds: [...perExternalId.values()].reduce((sum, count) => sum + count - 1, 0),
    leadDigest: sha256(lines),
    rowErrors: errorLines.length,
    rowErrorDigest: sha256(errorLines),
  };
}

/**
 * Compares a crashed and resumed import with a clean one.
 * @returns the differences, one line each (empty: equal); `attempts` is expected to be 2 for the
 *   crashed run (the killed one and the one that resumed) and 1 for the clean one, and neither may
 *   have a lead imported twice.
 */
export function compareImports(crashed: ImportOutcome, clean: ImportOutcome): string[] {
  const differences: string[] = [];
  const keys = ["status", "total", "processed", "created", "updated", "skipped", "failed", "leads", "leadDigest", "rowErrors", "rowErrorDigest"] as const;
  for (const key of keys) {
    if (crashed[key] !== clean[key]) differences.push(`${key}: ${String(crashed[key])} after the crash, ${String(clean[key])} without`);
  }
  if (crashed.status !== "SUCCEEDED") differences.push(`the crashed import ended ${crashed.status}`);
  if (crashed.attempts !== 2) differences.push(`the crashed import took ${crashed.attempts} attempts, not 2`);
  if (clean.attempts !== 1) differences.push(`the clean import took ${clean.attempts} attempts, not 1`);
  if (crashed.duplicateExternalIds || clean.duplicateExternalIds) {
    differences.push(`leads with a repeated external id: ${crashed.duplicateExternalIds} after the crash, ${clean.duplicateExternalIds} without`);
  }
  return differences;
}
