import { getDb, type Db, type Tx } from "@/server/db";

/** A job keeps at most this many log lines (the newest). */
export const JOB_LOG_LIMIT = 200;

/** A log line is cut to this many characters. */
const MESSAGE_MAX = 2_000;

/**
 * Appends a line to a job's log.
 * @param attempt - the job's attempt number when it happened.
 */
export async function appendJobLog(
  jobId: string,
  { level, message, attempt, at = new Date() }: { level: "info" | "warn" | "error"; message: string; attempt: number; at?: Date },
  db: Db | Tx = getDb(),
): Promise<void> {
  await db.jobLogEntry.create({ data: { jobId, level, message: message.slice(0, MESSAGE_MAX), attempt, at } });
}

/** Deletes a job's log lines beyond the newest JOB_LOG_LIMIT. */
export async function pruneJobLog(jobId: string, db: Db | Tx = getDb()): Promise<void> {
  const keep = await db.jobLogEntry.findMany({
    where: { jobId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: JOB_LOG_LIMIT - 1,
    take: 1,
    select: { at: true },
  });
  if (keep.length) await db.jobLogEntry.deleteMany({ where: { jobId, at: { lt: keep[0].at } } });
}
