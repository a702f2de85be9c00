import { getDb } from "@/server/db";
import { updateRows } from "@/server/services/imports/update-rows";
import type { JobContext } from "@/server/jobs/job-type";
import { adoptOrphanEvents } from "./adopt-orphan-events";
import { processEmailEvents } from "./process-email-events";

/**
 * Events processed per transaction (and per checkpoint). On SQLite the transaction holds the one
 * connection and webhook calls wait for it, so a batch must stay short: set-based, 200 events
 * take about 30 ms there (`npm run bench:email` measures the whole).
 */
export const EMAIL_EVENT_BATCH_SIZE = 200;

/**
 * Processes every stored, unprocessed webhook event, oldest first by `occurredAt` (then id), in
 * batches of EMAIL_EVENT_BATCH_SIZE: each batch is one transaction that processes its events
 * (processEmailEvents), marks each with its outcome and `processedAt` (one bulk update), and
 * adds to the job's progress (a checkpoint: a cancel or shutdown stops between batches, and a
 * crashed attempt's batch is rolled back and done again). Stops when none is left, including
 * those stored while it ran. Recent orphans whose email is now known are queued again first
 * (adoptOrphanEvents).
 * @param now - the clock (processing instants).
 * @returns how many events were processed.
 */
export async function drainEmailEvents(context: Pick<JobContext, "addProgress">, now: () => Date = () => new Date()): Promise<number> {
  const db = getDb();
  await adoptOrphanEvents(now());
  let total = 0;
  for (;;) {
    const batch = await db.emailEvent.findMany({
      where: { processedAt: null },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      take: EMAIL_EVENT_BATCH_SIZE,
      select: { id: true, type: true, providerEmailId: true, payload: true },
    });
    if (!batch.length) return total;
    await db.$transaction(
      async (tx) => {
        const at = now();
        const results = await processEmailEvents(tx, batch, at);
        await updateRows(tx, "EmailEvent", batch.map((event, i) => ({ id: event.id, outcome: results[i].outcome, messageId: results[i].messageId, processedAt: at })));
        await context.addProgress(tx, { processed: batch.length });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    total += batch.length;
  }
}
