import { getDb, isPostgres, type Db, type Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { takeRateLimitToken } from "@/server/services/rate-limit/take-rate-limit-token";
import type { AnyJobType } from "./job-type";

export type ClaimOptions = {
  /** Who takes the lease (shown on /jobs; only the holder may finish the job). */
  workerId: string;
  now: Date;
  /** How long the lease lasts without a heartbeat, in ms. */
  leaseMs: number;
  /** Most jobs to claim. */
  limit: number;
  /** The job types this worker can run. */
  types: AnyJobType[];
};

/** What a worker reads of a job it claimed (its handler's view, ClaimedJob, plus payload and cancellation). */
export const CLAIMED_SELECT = {
  id: true,
  type: true,
  payload: true,
  attempts: true,
  maxAttempts: true,
  createdById: true,
  total: true,
  result: true,
  processed: true,
  created: true,
  updated: true,
  skipped: true,
  failed: true,
  cancelRequestedAt: true,
} as const;

/** A claimed job's row (CLAIMED_SELECT): its type says which handler runs it. */
export type ClaimedRow = Prisma.JobGetPayload<{ select: typeof CLAIMED_SELECT }>;

/** A job is due when it is queued and its time has come, or running under a lease that expired (its worker died). */
function dueWhere(now: Date, types?: string[]): Prisma.JobWhereInput {
  return {
    ...(types ? { type: { in: types } } : {}),
    OR: [
      { status: "QUEUED", runAt: { lte: now } },
      { status: "RUNNING", leaseUntil: { lt: now } },
    ],
  };
}

/** What a claim writes: RUNNING under the worker's lease, one more attempt. */
function leaseData(options: Pick<ClaimOptions, "workerId" | "now" | "leaseMs">): Prisma.JobUpdateManyMutationInput {
  return {
    status: "RUNNING",
    leaseOwner: options.workerId,
    leaseUntil: new Date(options.now.getTime() + options.leaseMs),
    heartbeatAt: options.now,
    attempts: { increment: 1 },
  };
}

/**
 * Claims one given job if it is due (a compare-and-set on its row), whatever its type's limits:
 * for running a job in the process that enqueued it (runJobNow).
 * @returns its row when this worker now holds it, else null.
 */
export async function claimJobById(jobId: string, options: Pick<ClaimOptions, "workerId" | "now" | "leaseMs">): Promise<ClaimedRow | null> {
  const db = getDb();
  const { count } = await db.job.updateMany({ where: { id: jobId, ...dueWhere(options.now) }, data: leaseData(options) });
  if (!count) return null;
  await db.job.updateMany({ where: { id: jobId, startedAt: null }, data: { startedAt: options.now } });
  return db.job.findFirst({ where: { id: jobId, leaseOwner: options.workerId }, select: CLAIMED_SELECT });
}

/** PostgreSQL: claims up to `limit` due jobs of `types` in one statement, skipping rows other workers hold locked. */
async function claimOnPostgres(db: Db | Tx, types: string[], limit: number, options: ClaimOptions): Promise<ClaimedRow[]> {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const typeList = types.map((_, index) => `$${index + 5}`).join(", ");
  const claimed = await db.$queryRawUnsafe<Array<{ id: string }>>(
    `UPDATE "Job" SET "status" = 'RUNNING', "leaseOwner" = $1, "leaseUntil" = CAST($2 AS timestamptz) AT TIME ZONE 'UTC',
       "heartbeatAt" = CAST($3 AS timestamptz) AT TIME ZONE 'UTC', "attempts" = "attempts" + 1,
       "startedAt" = COALESCE("startedAt", CAST($3 AS timestamptz) AT TIME ZONE 'UTC'), "updatedAt" = CAST($3 AS timestamptz) AT TIME ZONE 'UTC'
     WHERE "id" IN (
       SELECT "id" FROM "Job"
       WHERE (("status" = 'QUEUED' AND "runAt" <= CAST($3 AS timestamptz) AT TIME ZONE 'UTC')
           OR ("status" = 'RUNNING' AND "leaseUntil" < CAST($3 AS timestamptz) AT TIME ZONE 'UTC'))
         AND "type" IN (${typeList})
       ORDER BY "priority" DESC, "runAt", "id"
       LIMIT $4
       FOR UPDATE SKIP LOCKED)
     RETURNING "id"`,
    options.workerId,
    leaseUntil,
    now,
    limit,
    ...types,
  );
  if (!claimed.length) return [];
  return db.job.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, select: CLAIMED_SELECT });
}

/** SQLite (one writer at a time): reads the due jobs and claims them in the caller's transaction. */
async function claimOnSqlite(tx: Tx, types: string[], limit: number, options: ClaimOptions): Promise<ClaimedRow[]> {
  const due = await tx.job.findMany({
    where: dueWhere(options.now, types),
    orderBy: [{ priority: "desc" }, { runAt: "asc" }, { id: "asc" }],
    take: limit,
    select: CLAIMED_SELECT,
  });
  const ids = due.map((job) => job.id);
  if (!ids.length) return [];
  await tx.job.updateMany({ where: { id: { in: ids } }, data: leaseData(options) });
  await tx.job.updateMany({ where: { id: { in: ids }, startedAt: null }, data: { startedAt: options.now } });
  // Read before the claim, in the same transaction: the claim added one attempt.
  return due.map((job) => ({ ...job, attempts: job.attempts + 1 }));
}

function claimIn(tx: Tx, types: string[], limit: number, options: ClaimOptions): Promise<ClaimedRow[]> {
  return isPostgres() ? claimOnPostgres(tx, types, limit, options) : claimOnSqlite(tx, types, limit, options);
}

/**
 * Claims one job type that declares a concurrency limit or a rate limit: in one transaction
 * (PostgreSQL: under an advisory lock on the type, so workers count one after the other), counts
 * its jobs running under a live lease, takes rate-limit tokens, then claims what fits.
 */
async function claimLimited(definition: AnyJobType, limit: number, options: ClaimOptions): Promise<ClaimedRow[]> {
  return getDb().$transaction(async (tx) => {
    if (isPostgres()) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `leadwell-job-type:${definition.type}`);
    let room = limit;
    if (definition.concurrency !== undefined) {
      const running = await tx.job.count({ where: { type: definition.type, status: "RUNNING", leaseUntil: { gte: options.now } } });
      room = Math.min(room, definition.concurrency - running);
    }
    if (room <= 0) return [];
    if (definition.rateLimit) {
      const token = await takeRateLimitToken(`job-type:${definition.type}`, definition.rateLimit, options.now, tx);
      if (!token.allowed) return [];
      room = 1;
    }
    return claimIn(tx, [definition.type], room, options);
  });
}

/** Whether a failed claim lost a race with another writer (SQLite busy), which the next poll retries. */
function isWriteConflict(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  return /SQLITE_BUSY|database is locked|P2034/i.test(text);
}

/**
 * Claims due jobs for a worker, atomically: each claimed job is RUNNING under this worker's lease
 * and no other worker can claim it until the lease expires. Jobs of types without limits are
 * claimed in one statement (PostgreSQL `FOR UPDATE SKIP LOCKED`, so several workers share the
 * queue without waiting for each other; SQLite: one transaction, one writer at a time); types with
 * a concurrency or rate limit are claimed one type at a time (claimLimited). Highest priority
 * first, then oldest runAt. A claim counts as an attempt.
 * @returns the claimed jobs' rows (empty when nothing is due, or when another writer held SQLite).
 */
export async function claimJobs(options: ClaimOptions): Promise<ClaimedRow[]> {
  const db = getDb();
  const unlimited = options.types.filter((type) => type.concurrency === undefined && !type.rateLimit).map((type) => type.type);
  const limited = options.types.filter((type) => type.concurrency !== undefined || type.rateLimit);
  const claimed: ClaimedRow[] = [];
  try {
    if (unlimited.length) {
      claimed.push(...(isPostgres() ? await claimOnPostgres(db, unlimited, options.limit, options) : await db.$transaction((tx) => claimOnSqlite(tx, unlimited, options.limit, options))));
    }
    if (limited.length && claimed.length < options.limit) {
      const dueTypes = await db.job.findMany({ where: dueWhere(options.now, limited.map((type) => type.type)), distinct: ["type"], select: { type: true } });
      for (const definition of limited) {
        if (claimed.length >= options.limit) break;
        if (!dueTypes.some((due) => due.type === definition.type)) continue;
        claimed.push(...(await claimLimited(definition, options.limit - claimed.length, options)));
      }
    }
  } catch (error) {
    if (!isWriteConflict(error)) throw error;
  }
  return claimed;
}
