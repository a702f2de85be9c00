import { getDb, type Db, type Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { parseOrThrow } from "@/server/services/parse";
import { isUniqueViolation } from "@/server/services/unique-violation";
import type { JobTypeDefinition } from "./job-type";
import { wakeWorkers } from "./wake-workers";

export type EnqueueJobInput<P> = {
  payload: P;
  /** Not started before this instant (default: now). */
  runAt?: Date;
  /** Higher runs first among due jobs (default 0). */
  priority?: number;
  /** Default: the type's maxAttempts, else 3. */
  maxAttempts?: number;
  /**
   * While a job with this key is QUEUED or RUNNING, enqueueing the key again returns that job;
   * a finished job gives its key up to the new one.
   */
  uniqueKey?: string;
  createdById?: string | null;
  /** The expected number of items, when known in advance (progress bar). */
  total?: number | null;
};

const PENDING = ["QUEUED", "RUNNING"] as const;

/**
 * Puts a job of the given type on the durable queue and wakes this process's worker. The payload
 * is checked by the type's zod schema first. With a `uniqueKey` that a pending job holds, nothing
 * is added and that job is returned.
 * @param db - a client or a transaction (so a job can be enqueued with the rows it is about; in a
 *   PostgreSQL transaction a lost race for the same key is thrown, not retried).
 * @returns the job's id and whether it was created now.
 * @throws ValidationError for a payload the type's schema refuses.
 */
export async function enqueueJob<P>(
  definition: JobTypeDefinition<P>,
  input: EnqueueJobInput<NoInfer<P>>,
  db: Db | Tx = getDb(),
): Promise<{ id: string; created: boolean }> {
  const payload = parseOrThrow(definition.payload, input.payload) as Prisma.InputJsonValue;
  const data = {
    type: definition.type,
    payload,
    runAt: input.runAt ?? new Date(),
    priority: input.priority ?? 0,
    maxAttempts: input.maxAttempts ?? definition.maxAttempts ?? 3,
    createdById: input.createdById ?? null,
    total: input.total ?? null,
  };
  if (!input.uniqueKey) {
    const job = await db.job.create({ data, select: { id: true } });
    wakeWorkers();
    return { id: job.id, created: true };
  }
  const uniqueKey = input.uniqueKey;
  for (let attempt = 0; attempt < 3; attempt++) {
    const holder = await db.job.findUnique({ where: { uniqueKey }, select: { id: true, status: true } });
    if (holder && (PENDING as readonly string[]).includes(holder.status)) return { id: holder.id, created: false };
    if (holder) await db.job.updateMany({ where: { id: holder.id, uniqueKey }, data: { uniqueKey: null } });
    try {
      const job = await db.job.create({ data: { ...data, uniqueKey }, select: { id: true } });
      wakeWorkers();
      return { id: job.id, created: true };
    } catch (error) {
      // Another process took the key between the look-up and the insert: look again.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const holder = await db.job.findUniqueOrThrow({ where: { uniqueKey }, select: { id: true } });
  return { id: holder.id, created: false };
}
