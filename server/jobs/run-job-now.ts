import { getDb } from "@/server/db";
import { claimJobById } from "./claim-jobs";
import type { AnyJobType } from "./job-type";
import { runClaimedJob } from "./run-claimed-job";
import { jobLeaseMs, newWorkerId } from "./worker";

const FINISHED = ["SUCCEEDED", "FAILED", "CANCELLED"];

/**
 * Runs a queued job in this process and waits until it has finished, for the command line,
 * benchmarks and tests: claims it by id and runs its attempts here (waiting out retry delays).
 * When another worker (a running server's) claimed it first, this waits for that worker instead.
 * @param pollMs - how often to look while waiting, in ms.
 * @returns the job's final status.
 */
export async function runJobNow(definition: AnyJobType, jobId: string, { pollMs = 200 }: { pollMs?: number } = {}): Promise<"SUCCEEDED" | "FAILED" | "CANCELLED"> {
  const db = getDb();
  const workerId = newWorkerId("inline");
  const leaseMs = jobLeaseMs();
  for (;;) {
    const claimed = await claimJobById(jobId, { workerId, now: new Date(), leaseMs });
    if (claimed) await runClaimedJob(definition, claimed, { workerId, leaseMs });
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, runAt: true } });
    if (FINISHED.includes(job.status)) return job.status as "SUCCEEDED" | "FAILED" | "CANCELLED";
    const wait = job.status === "QUEUED" ? Math.max(pollMs, job.runAt.getTime() - Date.now()) : pollMs;
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 60_000)));
  }
}
