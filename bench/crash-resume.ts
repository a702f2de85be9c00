/**
 * The steps that bench:crash (bench/crash-import.ts) and the crash-resume test
 * (tests/integration/import-crash-resume.integration-test.ts) share: a fresh database that
 * `npm run worker` finds migrated, a worker child process that can be killed with SIGKILL, polling a
 * job's row, and a digest of what an import left in the database, to compare a crashed and
 * resumed import with one that ran without a crash.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { sqliteFilePath } from "@/lib/database-url";
import { disconnectDb, getDb } from "@/server/db";
import { createTestDatabase } from "@/tests/support/test-database";

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
 * Records every migration of `kind` as applied in Prisma's `_prisma_migrations` table (its own
 * DDL; checksum = sha256 of migration.sql), as `prisma migrate deploy` leaves a database it has
 * migrated. Databases made by createTestDatabase apply the migration SQL directly and lack that
 * table, so `migrate deploy` refuses them (P3005: "The database schema is not empty").
 */
async function recordMigrationsAsApplied(kind: DatabaseKind, url: string): Promise<void> {
  const dir = path.join(process.cwd(), "prisma", "migrations", kind);
  const at = new Date().toISOString();
  const migrations = fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => [randomUUID(), createHash("sha256").update(fs.readFileSync(path.join(dir, name, "migration.sql"))).digest("hex"), name]);
  if (kind === "sqlite") {
    const sqlite = new Database(sqliteFilePath(url));
    sqlite.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const insert = sqlite.prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES (?, ?, ?, ?, ?, 1)`);
    const stamp = at.replace("Z", "+00:00");
    for (const migration of migrations) insert.run(...migration, stamp, stamp);
    sqlite.close();
    return;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  for (const migration of migrations) {
    await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ($1, $2, $3, $4, $4, 1)`, [...migration, at]);
  }
  await client.end();
}

/**
 * Creates a fresh database of `kind` with every migration applied (createTestDatabase) and
 * recorded in `_prisma_migrations`, so that the `prisma migrate deploy` a worker runs on start
 * (scripts/worker.ts → migrateDatabase) finds nothing to do, as on a database it migrated before.
 * @returns its DATABASE_URL and a function that removes it.
 */
export async function createMigratedDatabase(kind: DatabaseKind): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await createTestDatabase(kind);
  try {
    await recordMigrationsAsApplied(kind, database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** A `npm run worker` child process (scripts/worker.ts under tsx). */
export type WorkerProcess = {
  child: ChildProcess;
  /** Its stdout and stderr so far (for error messages). */
  output(): string;
  /** Whether it has exited. */
  exited(): boolean;
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
 * Starts `node_modules/.bin/tsx --tsconfig scripts/tsconfig.json scripts/worker.ts` as a child in its
 * own process group, against `databaseUrl`, with UPLOAD_DIR and JOB_LEASE_MS (its leases, in ms)
 * in its environment, and waits until it has migrated the database (a no-op on one made by
 * createMigratedDatabase) and started its worker loop (its "running" line). This process's
 * database client is closed meanwhile (the next getDb() opens it again): on SQLite `prisma
 * migrate deploy` sets `locking_mode=EXCLUSIVE` and fails with SQLITE_BUSY (reported as "unknown
 * variant `SocketTimeout`") while any other connection has the file open.
 * @throws Error when the child exited before it was running, with its output.
 */
export async function startWorkerProcess({ databaseUrl, uploadDir, leaseMs }: { databaseUrl: string; uploadDir: string; leaseMs: number }): Promise<WorkerProcess> {
  await disconnectDb();
  const root = process.cwd();
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "scripts/worker.ts"], {
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
  const worker: WorkerProcess = {
    child,
    output: () => text,
    exited: () => done,
    exit,
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
  if (!started) await Promise.race([new Promise<void>((resolve) => (onStarted = resolve)), exit]);
  if (!started) {
    await worker.kill9();
    throw new Error(`the worker exited before it was running:\n${text}`);
  }
  return worker;
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
