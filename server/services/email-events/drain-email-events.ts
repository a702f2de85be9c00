import { getDb } from "@/server/db";
import type { JobContext } from "@/server/jobs/job-type";
import { adoptOrphanEvents } from "./adopt-orphan-events";
import { processEmailEvent } from "./process-email-event";

/** Events processed per transaction (and per checkpoint): small, because on SQLite the transaction holds the one connection, and webhook calls wait for it. */
export const EMAIL_EVENT_BATCH_SIZE = 50;

/**
 * Processes every stored, unprocessed webhook event, oldest first by `occurredAt` (then id), in
 * batches of EMAIL_EVENT_BATCH_SIZE: each batch is one transaction that processes its events
 * (processEmailEvent), marks each with its outcome and `processedAt`, and adds to the job's
 * progress (a checkpoint: a cancel or shutdown stops between batches, and a crashed attempt's
 * batch is rolled back and done again). Stops when none is left, including those stored while
 * it ran. Recent orphans whose email is now known are queued again first (adoptOrphanEvents).
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
        for (const event of batch) {
          const at = now();
          const { outcome, messageId } = await processEmailEvent(tx, event, at);
          await tx.emailEvent.update({ where: { id: event.id }, data: { outcome, messageId, processedAt: at }, select: { id: true } });
        }
        await context.addProgress(tx, { processed: batch.length });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    total += batch.length;
  }
}
