import { withCron } from "@/server/cron/with-cron";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { newWorkerId } from "@/server/jobs/worker";

/** Vercel stops the function after this many seconds (allowed on every plan). */
export const maxDuration = 60;

/**
 * Claiming stops after this many ms, leaving maxDuration's rest for the jobs in hand to reach a
 * checkpoint and for the answer. A job cut off anyway keeps its lease until it expires, then the
 * next drain or worker claims it again.
 */
const DRAIN_BUDGET_MS = 45_000;

/**
 * GET /api/cron/run-jobs — Vercel Cron, every minute (vercel.json): drains due jobs and enqueues
 * due schedule slots within DRAIN_BUDGET_MS (runDueJobs), and answers what it did. Not once per
 * slot: draining is safe to repeat, so a second call in the same minute simply drains again.
 */
export const GET = withCron({
  route: "run-jobs",
  schedule: "* * * * *",
  run: ({ now }) => runDueJobs({ budgetMs: DRAIN_BUDGET_MS, workerId: newWorkerId("cron"), now }),
});
