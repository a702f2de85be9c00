import { setTimeout as sleep } from "node:timers/promises";
import { getDb } from "@/server/db";
import { updateRows } from "@/server/services/imports/update-rows";
import type { JobContext } from "@/server/jobs/job-type";
import { adoptOrphanEvents } from "./adopt-orphan-events";
import { processEmailEvents } from "./process-email-events";

/**
 * Events processed per transaction (and per checkpoint). On SQLite a transaction holds the one
 * write lock, and the webhook calls of every server process wait for it to store their events,
 * so a batch must stay short: 100 events take about 10 ms alone (a batch costs about 5 ms
 * whatever its size, so much smaller ones cost more CPU an event). Two server processes taking
 * 1,000 webhooks a second for 20 s: p95 26 ms with 50 or 100 a batch, 43 ms with 200 (README,
 * "Email webhooks").
 */
export const EMAIL_EVENT_BATCH_SIZE = 100;

/**
 * The pause after each batch, in ms. SQLite runs a transaction's statements synchronously, so a
 * drain that went from one batch straight to the next would hold this process's event loop (no
 * request answered) and the write lock (other processes' webhook calls waiting, retrying every
 * 1–10 ms: retryWhileLocked in server/db.ts) until the last batch. The pause lets both in; it
 * bounds a drain to about 5,000 events a second, five times the webhook rate bench:email offers.
 */
export const EMAIL_EVENT_BATCH_PAUSE_MS = 10;

/**
 * Processes every stored, unprocessed webhook event, oldest first by `occurredAt` (then id), in
 * batches of EMAIL_EVENT_BATCH_SIZE, EMAIL_EVENT_BATCH_PAUSE_MS apart: each batch is one
 * transaction that processes its events (processEmailEvents), marks each with its outcome and
 * `processedAt` (one bulk update), and adds to the job's progress (a checkpoint: a cancel or
 * shutdown stops between batches, and a crashed attempt's batch is rolled back and done again).
 * Stops when none is left, including those stored while it ran. Recent orphans whose email is now
 * known are queued again first (adoptOrphanEvents).
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
    await sleep(EMAIL_EVENT_BATCH_PAUSE_MS);
  }
}
