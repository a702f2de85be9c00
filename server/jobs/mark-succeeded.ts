import { getDb } from "@/server/db";

type Pending = { jobId: string; resolve: (held: boolean) => void; reject: (error: unknown) => void };

const queues = new Map<string, Pending[]>();

async function flush(workerId: string, finishedAt: Date): Promise<void> {
  const batch = queues.get(workerId) ?? [];
  queues.delete(workerId);
  try {
    const db = getDb();
    const ids = batch.map((item) => item.jobId);
    const { count } = await db.job.updateMany({
      where: { id: { in: ids }, leaseOwner: workerId, status: "RUNNING" },
      data: { status: "SUCCEEDED", finishedAt, leaseOwner: null, leaseUntil: null },
    });
    // Rare: some lease was lost meanwhile; find out which jobs this update finished.
    const mine = count === ids.length ? new Set(ids) : new Set((await db.job.findMany({ where: { id: { in: ids }, status: "SUCCEEDED", finishedAt }, select: { id: true } })).map((job) => job.id));
    for (const item of batch) item.resolve(mine.has(item.jobId));
  } catch (error) {
    for (const item of batch) item.reject(error);
  }
}

/**
 * Marks a job this worker holds SUCCEEDED. Attempts of one worker that end in the same turn of the
 * event loop share one UPDATE, which is what lets a worker complete over a thousand short jobs a
 * second; the write is conditional on the worker still holding each lease.
 * @param finishedAt - the clock's now (the batch takes the first caller's).
 * @returns whether the job was still this worker's (false: its lease was lost, nothing written).
 */
export function markSucceeded(workerId: string, jobId: string, finishedAt: Date): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const queue = queues.get(workerId);
    if (queue) {
      queue.push({ jobId, resolve, reject });
      return;
    }
    queues.set(workerId, [{ jobId, resolve, reject }]);
    setImmediate(() => void flush(workerId, finishedAt));
  });
}
