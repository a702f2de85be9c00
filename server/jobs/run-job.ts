import { getDb, type Tx } from "@/server/db";
import { ServiceError } from "@/server/errors";
import { withHeartbeat } from "./heartbeat";

type JobCounts = { processed: number; created: number; updated: number; skipped: number; failed: number };

/** What a job's work function gets from the runner. */
export type JobContext = {
  jobId: string;
  /** The job's config as stored (the work function validates it). */
  config: unknown;
  createdById: string | null;
  /**
   * Adds to the job's counts and renews its heartbeat, inside the transaction that wrote the
   * counted items, so the counts always match what was stored.
   */
  addProgress(tx: Tx, counts: Partial<JobCounts>): Promise<void>;
};

/**
 * Runs a QUEUED job to the end in this process: claims it (QUEUED → RUNNING, so a job runs at
 * most once), calls `work`, then marks it SUCCEEDED (total = processed) or, when `work` throws,
 * FAILED with the error's message. Errors of `work` are not rethrown.
 * @param now - the clock.
 * @returns the final status, or null when the job was not QUEUED.
 * @throws only when the database cannot be reached to record the outcome.
 */
export async function runJob(
  jobId: string,
  work: (context: JobContext) => Promise<void>,
  now: () => Date = () => new Date(),
): Promise<"SUCCEEDED" | "FAILED" | null> {
  const db = getDb();
  const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, config: true, createdById: true } });
  if (job?.status !== "QUEUED") return null;
  const started = now();
  const claimed = await db.job.updateMany({
    where: { id: jobId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: started, config: withHeartbeat(job.config, started) },
  });
  if (claimed.count === 0) return null;

  const context: JobContext = {
    jobId,
    config: job.config,
    createdById: job.createdById,
    async addProgress(tx, counts) {
      const increment = (n: number | undefined) => ({ increment: n ?? 0 });
      await tx.job.update({
        where: { id: jobId },
        data: {
          processed: increment(counts.processed),
          created: increment(counts.created),
          updated: increment(counts.updated),
          skipped: increment(counts.skipped),
          failed: increment(counts.failed),
          config: withHeartbeat(job.config, now()),
        },
      });
    },
  };

  try {
    await work(context);
  } catch (error) {
    if (!(error instanceof ServiceError)) console.error(`job ${jobId} failed`, error);
    const message = error instanceof ServiceError ? error.message : `Stopped by an unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    await db.job.update({ where: { id: jobId }, data: { status: "FAILED", finishedAt: now(), message } });
    return "FAILED";
  }
  const { processed } = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { processed: true } });
  await db.job.update({ where: { id: jobId }, data: { status: "SUCCEEDED", finishedAt: now(), total: processed } });
  return "SUCCEEDED";
}
