import { randomUUID } from "node:crypto";
import { isResendEmailEvent, type ResendEvent } from "@/lib/email/resend-event";
import { getDb, isPostgres } from "@/server/db";
import { writeRowsWithoutPrisma } from "@/server/read-rows";
import { queueEmailEventsJob } from "./queue-email-events-job";

type Pending = { svixId: string; event: ResendEvent; now: Date; resolve: (stored: boolean) => void; reject: (error: unknown) => void };

/** Most events in one INSERT (7 parameters each, far under SQLite's and PostgreSQL's limits). */
const MAX_ROWS_PER_INSERT = 200;
const globalForStore = globalThis as unknown as { leadwellPendingEmailEvents?: Pending[] };

/**
 * One multi-row `INSERT … ON CONFLICT ("svixId") DO NOTHING RETURNING "svixId"`, the same SQL on
 * both databases: on SQLite without Prisma (writeRowsWithoutPrisma).
 */
async function insertEvents(batch: Pending[]): Promise<Set<string>> {
  const postgres = isPostgres();
  const values: unknown[] = [];
  const rows = batch.map(({ svixId, event, now }) => {
    const emailId = isResendEmailEvent(event) ? event.data.email_id : typeof event.data.email_id === "string" ? event.data.email_id : null;
    values.push(randomUUID(), svixId, event.type, emailId, JSON.stringify(event), new Date(event.created_at), now);
    const n = values.length - 7;
    const p = (i: number) => (postgres ? `$${n + i}` : "?");
    return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${postgres ? `CAST(${p(5)} AS jsonb)` : p(5)}, ${p(6)}, ${p(7)})`;
  });
  const sql = `INSERT INTO "EmailEvent" ("id", "svixId", "type", "providerEmailId", "payload", "occurredAt", "receivedAt")
     VALUES ${rows.join(", ")} ON CONFLICT ("svixId") DO NOTHING RETURNING "svixId"`;
  const inserted = (await writeRowsWithoutPrisma<{ svixId: string }>(sql, values)) ?? (await getDb().$queryRawUnsafe<Array<{ svixId: string }>>(sql, ...values));
  return new Set(inserted.map((row) => row.svixId));
}

/** Writes the events waiting since the last turn of the event loop, then makes sure a job will process them. */
async function flush(): Promise<void> {
  const pending = globalForStore.leadwellPendingEmailEvents ?? [];
  globalForStore.leadwellPendingEmailEvents = undefined;
  try {
    // The same svix-id twice in one batch (two deliveries racing): the first is the one stored.
    const first = new Map<string, Pending>();
    for (const item of pending) if (!first.has(item.svixId)) first.set(item.svixId, item);
    const unique = [...first.values()];
    const stored = new Set<string>();
    for (let i = 0; i < unique.length; i += MAX_ROWS_PER_INSERT) for (const id of await insertEvents(unique.slice(i, i + MAX_ROWS_PER_INSERT))) stored.add(id);
    if (stored.size) await queueEmailEventsJob();
    for (const item of pending) item.resolve(first.get(item.svixId) === item && stored.has(item.svixId));
  } catch (error) {
    for (const item of pending) item.reject(error);
  }
}

/**
 * Stores a verified webhook event once, keyed by its `svix-id` (Svix keeps the id on every retry
 * of a message, https://docs.svix.com/receiving/verifying-payloads/how), unprocessed, and makes
 * sure an EMAIL_EVENTS job will process it (queueEmailEventsJob). A second delivery of the same id
 * — Resend's retry, a manual replay, or two deliveries racing — stores nothing.
 *
 * Calls made in the same turn of the event loop share one multi-row
 * `INSERT … ON CONFLICT ("svixId") DO NOTHING` and one job check (as markSucceeded shares its
 * UPDATE): under a burst of webhooks this is what keeps each call cheap, since every Prisma call
 * costs far more than the row it writes. A call resolves only once its row is written.
 * @param event - the parsed event (stored as its JSON payload; `created_at` becomes occurredAt).
 * @param now - the arrival instant (receivedAt).
 * @returns whether it was stored now (false: the id was stored before).
 * @throws what the database throws (every call of the batch gets it).
 */
export function storeEmailEvent({ svixId, event, now = new Date() }: { svixId: string; event: ResendEvent; now?: Date }): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const queue = globalForStore.leadwellPendingEmailEvents;
    if (queue) {
      queue.push({ svixId, event, now, resolve, reject });
      return;
    }
    globalForStore.leadwellPendingEmailEvents = [{ svixId, event, now, resolve, reject }];
    setImmediate(() => void flush());
  });
}
