import { setMaxListeners } from "node:events";
import { claimJobs } from "./claim-jobs";
import { enqueueDueSchedules } from "./enqueue-due-schedules";
import { registerBuiltInJobTypes } from "./job-types";
import { findJobType, listJobTypes } from "./registry";
import { runClaimedJob, type AttemptOutcome } from "./run-claimed-job";
import { jobLeaseMs, newWorkerId } from "./worker";

export type DrainSummary = {
  claimed: number;
  succeeded: number;
  failed: number;
  retried: number;
  cancelled: number;
  /** Jobs handed back unfinished when the budget ran out (queued again; they resume from their progress). */
  yielded: number;
  schedulesEnqueued: number;
};

/**
 * Drains due jobs for a bounded time, for serverless hosts (the `/api/cron/run-jobs` route):
 * enqueues due schedule slots, then claims and runs jobs, `concurrency` at a time, until none is
 * due or `budgetMs` has passed. A job still running when the budget is spent is asked to yield at
 * its next checkpoint and is queued again as it stands, so the call ends within about the budget
 * plus one checkpoint (keep the budget well under the function's maxDuration).
 * @param budgetMs - how long to claim and run, in ms.
 * @param now - the clock.
 * @returns what happened, by outcome.
 */
export async function runDueJobs({
  budgetMs,
  workerId = newWorkerId("drain"),
  concurrency = 4,
  now = () => new Date(),
}: {
  budgetMs: number;
  workerId?: string;
  concurrency?: number;
  now?: () => Date;
}): Promise<DrainSummary> {
  registerBuiltInJobTypes();
  const started = Date.now();
  const leaseMs = jobLeaseMs();
  const budget = AbortSignal.timeout(budgetMs);
  setMaxListeners(concurrency + 10, budget);
  const summary: DrainSummary = { claimed: 0, succeeded: 0, failed: 0, retried: 0, cancelled: 0, yielded: 0, schedulesEnqueued: 0 };
  const count = (outcome: AttemptOutcome) => {
    if (outcome === "SUCCEEDED") summary.succeeded++;
    else if (outcome === "FAILED") summary.failed++;
    else if (outcome === "RETRY") summary.retried++;
    else if (outcome === "CANCELLED") summary.cancelled++;
    else if (outcome === "YIELDED") summary.yielded++;
  };
  summary.schedulesEnqueued = await enqueueDueSchedules(now());
  const active = new Set<Promise<void>>();
  let idle = false;
  while (!budget.aborted && Date.now() - started < budgetMs && !(idle && active.size === 0)) {
    const room = concurrency - active.size;
    const claimed = room > 0 ? await claimJobs({ workerId, now: now(), leaseMs, limit: room, types: listJobTypes() }) : [];
    summary.claimed += claimed.length;
    idle = claimed.length < room;
    for (const job of claimed) {
      const definition = findJobType(job.type)!;
      const attempt = runClaimedJob(definition, job, { workerId, leaseMs, yieldSignal: budget, now })
        .then(count)
        .finally(() => active.delete(attempt));
      active.add(attempt);
    }
    if (active.size && (idle || active.size >= concurrency)) await Promise.race([...active, new Promise((resolve) => budget.addEventListener("abort", resolve, { once: true }))]);
  }
  await Promise.allSettled(active);
  return summary;
}
