import { retryDelayMs } from "@/lib/jobs/retry-delay";
import { getDb, type Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { ServiceError } from "@/server/errors";
import { appendJobLog, pruneJobLog } from "./job-log";
import { markSucceeded } from "./mark-succeeded";
import type { ClaimedRow } from "./claim-jobs";
import { JobCancelledError, type AnyJobType, type ClaimedJob, type JobContext, type JobCounts } from "./job-type";

/** How an attempt ended, for the worker's summary. */
export type AttemptOutcome = "SUCCEEDED" | "FAILED" | "RETRY" | "CANCELLED" | "YIELDED" | "LOST";

export type RunOptions = {
  workerId: string;
  leaseMs: number;
  /** Aborted when the worker wants the job back (shutting down, or a drain's time budget is spent). */
  yieldSignal?: AbortSignal;
  now?: () => Date;
  random?: () => number;
};

/** The lease was taken over by another worker (this one was presumed dead): stop without writing. */
class LeaseLostError extends Error {}
/** The worker asked for the job back: it is queued again as it stands, without using up an attempt. */
class JobYieldedError extends Error {}

/**
 * Errors that will not go away on a retry: the job's input is wrong or not allowed (a
 * ServiceError with a 4xx status such as ValidationError). Anything else (a lost database
 * connection, a timeout, a bug) is retried.
 */
function isPermanent(error: unknown): boolean {
  return error instanceof ServiceError && error.status < 500;
}

function errorText(error: unknown): string {
  if (error instanceof ServiceError) return error.message;
  return `Stopped by an unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}


/**
 * Runs one attempt of a job this worker has just claimed (claimJobs returns its row): parses the payload, calls
 * the type's handler with a JobContext, renews the lease every leaseMs/3 while it runs, and
 * records the outcome — SUCCEEDED; CANCELLED (cancellation requested, seen at a checkpoint);
 * QUEUED again after retryDelayMs (an error, while attempts remain); FAILED (attempts used up, or
 * an error a retry cannot fix); or queued again at once without using an attempt when the worker
 * yields it. Every write is conditional on this worker still holding the lease, so a worker that
 * was presumed dead cannot overwrite the attempt that replaced it.
 * @returns how the attempt ended.
 * @throws only when the database cannot be reached to record the outcome.
 */
export async function runClaimedJob(definition: AnyJobType, row: ClaimedRow, options: RunOptions): Promise<AttemptOutcome> {
  const db = getDb();
  const now = options.now ?? (() => new Date());
  const jobId = row.id;
  const held = { id: jobId, leaseOwner: options.workerId, status: "RUNNING" as const };
  const { payload: rawPayload, cancelRequestedAt, ...job } = row;
  const claimed: ClaimedJob = job;

  let hasTotal = job.total !== null;
  let logged = 0;
  // `message` is logged; for a failure it is also the job's lastError (a cancel is not an error).
  const finish = async (status: "SUCCEEDED" | "FAILED" | "CANCELLED", message: string | null): Promise<boolean> => {
    const data: Prisma.JobUpdateManyMutationInput = { status, finishedAt: now(), leaseOwner: null, leaseUntil: null };
    if (message !== null && status === "FAILED") data.lastError = message;
    // A finished job's total is what it did (the expected total was an estimate, e.g. a file's line count).
    if (status === "SUCCEEDED" && hasTotal) data.total = (await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { processed: true } })).processed;
    const simple = status === "SUCCEEDED" && !hasTotal && message === null;
    const count = simple ? Number(await markSucceeded(options.workerId, jobId, data.finishedAt as Date)) : (await db.job.updateMany({ where: held, data })).count;
    if (count === 0) return false;
    if (message) await appendJobLog(jobId, { level: status === "CANCELLED" ? "info" : "error", message, attempt: job.attempts });
    if (logged) await pruneJobLog(jobId);
    if (definition.onFinished) {
      await definition.onFinished({ id: jobId, payload: rawPayload as never, status }).catch((error: unknown) => console.error(`job ${jobId}: onFinished failed`, error));
    }
    return true;
  };

  if (cancelRequestedAt) return (await finish("CANCELLED", "Cancelled before it started")) ? "CANCELLED" : "LOST";
  if (job.attempts > job.maxAttempts) {
    const message = `Stopped after ${job.maxAttempts} attempts: the worker running it stopped each time (a crash or a restart)`;
    return (await finish("FAILED", message)) ? "FAILED" : "LOST";
  }
  const parsed = definition.payload.safeParse(rawPayload);
  if (!parsed.success) return (await finish("FAILED", `The job's payload is not valid: ${parsed.error.message}`)) ? "FAILED" : "LOST";
  if (job.attempts > 1) {
    await appendJobLog(jobId, { level: "info", message: `Attempt ${job.attempts} started by ${options.workerId}, from item ${job.processed}`, attempt: job.attempts });
  }

  const aborter = new AbortController();
  let stopReason: "cancel" | "lost" | "yield" | null = null;
  const stop = (reason: "cancel" | "lost" | "yield") => {
    stopReason ??= reason;
    aborter.abort(reason);
  };
  const onYield = () => stop("yield");
  if (options.yieldSignal?.aborted) stop("yield");
  options.yieldSignal?.addEventListener("abort", onYield);
  const throwIfStopped = () => {
    if (stopReason === "cancel") throw new JobCancelledError();
    if (stopReason === "lost") throw new LeaseLostError();
    if (stopReason === "yield") throw new JobYieldedError();
  };
  /** Renews the lease (in `tx` when given) and notes a cancellation request. */
  const renew = async (tx: Tx | typeof db, data: Prisma.JobUpdateManyMutationInput = {}) => {
    const at = now();
    const { count } = await tx.job.updateMany({ where: held, data: { ...data, heartbeatAt: at, leaseUntil: new Date(at.getTime() + options.leaseMs) } });
    if (count === 0) return stop("lost");
    const state = await tx.job.findUnique({ where: { id: jobId }, select: { cancelRequestedAt: true } });
    if (state?.cancelRequestedAt) stop("cancel");
  };
  const heartbeat = setInterval(() => {
    renew(db).catch((error: unknown) => console.error(`job ${jobId}: heartbeat failed`, error));
  }, Math.max(50, Math.floor(options.leaseMs / 3)));

  const context: JobContext<unknown> = {
    job: claimed,
    payload: parsed.data,
    signal: aborter.signal,
    async addProgress(tx, counts: Partial<JobCounts>) {
      throwIfStopped();
      const increment = (n: number | undefined) => ({ increment: n ?? 0 });
      await renew(tx, {
        processed: increment(counts.processed),
        created: increment(counts.created),
        updated: increment(counts.updated),
        skipped: increment(counts.skipped),
        failed: increment(counts.failed),
      });
      throwIfStopped();
    },
    async checkpoint() {
      throwIfStopped();
      await renew(db);
      throwIfStopped();
    },
    async setTotal(total) {
      hasTotal = true;
      await db.job.updateMany({ where: held, data: { total } });
    },
    async setResult(result, tx) {
      await (tx ?? db).job.updateMany({ where: held, data: { result: result as Prisma.InputJsonValue } });
    },
    async log(level, message) {
      await appendJobLog(jobId, { level, message, attempt: job.attempts });
      if (++logged % 50 === 0) await pruneJobLog(jobId);
    },
  };

  try {
    await definition.handler(context);
    throwIfStopped();
    return (await finish("SUCCEEDED", null)) ? "SUCCEEDED" : "LOST";
  } catch (error) {
    if (error instanceof LeaseLostError || stopReason === "lost") return "LOST";
    if (error instanceof JobCancelledError || stopReason === "cancel") return (await finish("CANCELLED", "Cancelled")) ? "CANCELLED" : "LOST";
    if (error instanceof JobYieldedError || stopReason === "yield") {
      const { count } = await db.job.updateMany({
        where: held,
        data: { status: "QUEUED", runAt: now(), attempts: { decrement: 1 }, leaseOwner: null, leaseUntil: null },
      });
      return count ? "YIELDED" : "LOST";
    }
    const message = errorText(error);
    if (!(error instanceof ServiceError)) console.error(`job ${jobId} (${definition.type}) attempt ${job.attempts} failed`, error);
    if (isPermanent(error) || job.attempts >= job.maxAttempts) return (await finish("FAILED", message)) ? "FAILED" : "LOST";
    const delay = retryDelayMs(job.attempts, (options.random ?? Math.random)());
    const runAt = new Date(now().getTime() + delay);
    const { count } = await db.job.updateMany({ where: held, data: { status: "QUEUED", runAt, lastError: message, leaseOwner: null, leaseUntil: null } });
    if (!count) return "LOST";
    await appendJobLog(jobId, { level: "warn", message: `${message} — try ${job.attempts + 1} of ${job.maxAttempts} at ${runAt.toISOString()}`, attempt: job.attempts });
    return "RETRY";
  } finally {
    clearInterval(heartbeat);
    options.yieldSignal?.removeEventListener("abort", onYield);
  }
}
