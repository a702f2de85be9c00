import { setMaxListeners } from "node:events";
import os from "node:os";
import { randomBytes } from "node:crypto";
import { claimJobs, type ClaimedRow } from "./claim-jobs";
import { registerBuiltInJobTypes } from "./job-types";
import { findJobType, listJobTypes } from "./registry";
import { runClaimedJob, type AttemptOutcome } from "./run-claimed-job";
import { enqueueDueSchedules } from "./enqueue-due-schedules";
import { sleepUntilWoken } from "./wake-workers";

/** A job's lease lasts this long without a heartbeat (ms); JOB_LEASE_MS overrides it. */
export function jobLeaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.JOB_LEASE_MS);
  return Number.isInteger(fromEnv) && fromEnv >= 200 ? fromEnv : 30_000;
}

/** A worker id that says where it runs: host, process id and a random suffix. */
export function newWorkerId(kind: string): string {
  return `${kind}:${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export type WorkerOptions = {
  workerId?: string;
  /** Jobs this worker runs at once (JOB_WORKER_CONCURRENCY, default 16; heavy types cap themselves with their own concurrency). */
  concurrency?: number;
  /** How often an idle worker looks for due jobs and schedules, in ms (default 500). */
  pollMs?: number;
  leaseMs?: number;
  /** Whether this worker also enqueues due schedule slots (default true). */
  schedules?: boolean;
  /** Called after each attempt (tests and benchmarks count them). */
  onAttempt?: (outcome: AttemptOutcome, jobId: string) => void;
  now?: () => Date;
};

export type Worker = {
  workerId: string;
  /**
   * Stops claiming, asks running jobs to yield at their next checkpoint (they are queued again
   * as they stand) and resolves once every attempt has ended.
   */
  stop(): Promise<void>;
  /** Resolves when the loop has ended. */
  done: Promise<void>;
};

/**
 * Starts a worker loop in this process: claims due jobs (claimJobs) up to its concurrency, runs
 * each (runClaimedJob), enqueues due schedule slots, and sleeps pollMs when idle — or less, when a
 * job is enqueued in this process (wakeWorkers). Used by the in-process worker (instrumentation.ts)
 * and `npm run worker`; several may run against one database.
 */
export function startWorker(options: WorkerOptions = {}): Worker {
  registerBuiltInJobTypes();
  const workerId = options.workerId ?? newWorkerId("worker");
  const concurrency = options.concurrency ?? (Number(process.env.JOB_WORKER_CONCURRENCY) || 16);
  const pollMs = options.pollMs ?? 500;
  const leaseMs = options.leaseMs ?? jobLeaseMs();
  const now = options.now ?? (() => new Date());
  const stopping = new AbortController();
  // Every running attempt listens for the stop.
  setMaxListeners(concurrency + 10, stopping.signal);
  const active = new Set<Promise<void>>();
  let nextScheduleCheck = 0;

  const loop = async () => {
    while (!stopping.signal.aborted) {
      try {
        if (options.schedules !== false && Date.now() >= nextScheduleCheck) {
          nextScheduleCheck = Date.now() + Math.max(pollMs, 1_000);
          await enqueueDueSchedules(now());
        }
        const room = concurrency - active.size;
        const claimed = room > 0 ? await claimJobs({ workerId, now: now(), leaseMs, limit: room, types: listJobTypes() }) : [];
        for (const job of claimed) {
          const attempt = runOne(job).finally(() => active.delete(attempt));
          active.add(attempt);
        }
        if (claimed.length && claimed.length === room) continue;
        if (active.size >= concurrency) await Promise.race(active);
        else await sleepUntilWoken(pollMs, stopping.signal);
      } catch (error) {
        console.error(`job worker ${workerId}:`, error);
        await sleepUntilWoken(pollMs * 4, stopping.signal);
      }
    }
    await Promise.allSettled(active);
  };

  const runOne = async (job: ClaimedRow): Promise<void> => {
    const definition = findJobType(job.type);
    if (!definition) return; // claimJobs only claims registered types
    const outcome = await runClaimedJob(definition, job, { workerId, leaseMs, yieldSignal: stopping.signal, now });
    options.onAttempt?.(outcome, job.id);
  };

  const done = loop();
  return {
    workerId,
    async stop() {
      stopping.abort();
      await done;
    },
    done,
  };
}
