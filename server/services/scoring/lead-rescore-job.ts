import { z } from "zod";
import { getDb } from "@/server/db";
import { defineJobType } from "@/server/jobs/job-type";
import { rescoreAllLeads } from "./rescore-all-leads";

/** The unique key a queued rescore holds: changes made while it waits share it. */
export const LEAD_SCORING_KEY = "lead-scoring";

const savedProgress = z.object({ lastId: z.string() });

/**
 * LEAD_SCORING: rescores every lead (rescoreAllLeads) — nightly, so engagement points decay
 * (server/jobs/schedules.ts), after a rule or setting changed, and from *Rescore all leads*. One runs
 * at a time. It gives up its unique key as it starts (as EMAIL_EVENTS does), so a change made while
 * it runs — after it read the rules — queues a new one. A later attempt resumes after the last lead
 * its earlier attempts saved (`result.lastId`, written in each chunk's transaction).
 */
export const leadScoringJob = defineJobType({
  type: "LEAD_SCORING",
  payload: z.object({}),
  concurrency: 1,
  async handler(context) {
    await getDb().job.updateMany({ where: { id: context.job.id, uniqueKey: LEAD_SCORING_KEY }, data: { uniqueKey: null } });
    const saved = savedProgress.safeParse(context.job.result);
    if (!saved.success) await context.setTotal(await getDb().lead.count());
    const run = await rescoreAllLeads({
      now: new Date(),
      afterId: saved.success ? saved.data.lastId : null,
      onChunk: async (tx, { lastId, scored }) => {
        await context.setResult({ lastId }, tx);
        await context.addProgress(tx, { processed: scored, updated: scored });
      },
    });
    await context.log("info", `Rescored ${run.scored} leads; ${run.becameHot} became HOT`);
  },
});
