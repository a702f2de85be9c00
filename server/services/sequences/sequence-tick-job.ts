import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { defineJobType } from "@/server/jobs/job-type";
import { runSequenceTick } from "./run-sequence-tick";

/**
 * SEQUENCE_TICK: runs the due steps of every active sequence (runSequenceTick), enqueued every
 * minute by its schedule (server/jobs/schedules.ts); `GET /api/cron/sequences` is its twin on
 * serverless. One at a time (concurrency 1) and one attempt: what a failed tick left claimed comes
 * due again when its claim lapses, and the next minute's tick runs it.
 */
export const sequenceTickJob = defineJobType({
  type: "SEQUENCE_TICK",
  payload: z.object({}),
  concurrency: 1,
  maxAttempts: 1,
  async handler(context) {
    const summary = await runSequenceTick({
      wait: async (ms) => {
        await sleep(ms, undefined, { signal: context.signal }).catch(() => undefined);
        await context.checkpoint();
      },
      log: (level, message) => context.log(level, message),
    });
    await context.setResult(summary);
    if (summary.claimed) await context.log("info", `Sequences: ${summary.emailsSent} emails sent, ${summary.tasksCreated} tasks, ${summary.skipped} skipped, ${summary.deferred} deferred, ${summary.completed} completed`);
  },
});
