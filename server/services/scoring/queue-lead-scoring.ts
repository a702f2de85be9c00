import { getDb, type Db, type Tx } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { LEAD_SCORING_KEY, leadScoringJob } from "./lead-rescore-job";

/**
 * Queues a rescore of every lead (LEAD_SCORING) unless one is already waiting (the unique key); a
 * running one has given its key up, so a change made while it runs gets a fresh rescore after it.
 * @returns the job's id.
 */
export async function queueLeadScoring(createdById: string | null, db: Db | Tx = getDb()): Promise<string> {
  return (await enqueueJob(leadScoringJob, { payload: {}, uniqueKey: LEAD_SCORING_KEY, createdById }, db)).id;
}
