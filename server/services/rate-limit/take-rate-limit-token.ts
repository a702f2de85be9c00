import { getDb, type Db, type Tx } from "@/server/db";
import { sqlPlaceholders } from "@/server/sql-placeholders";

/** A fixed-window limit: at most `max` events per `windowMs` milliseconds. */
export type RateLimit = { max: number; windowMs: number };

export type RateLimitDecision = {
  allowed: boolean;
  /** Events left in the current window after this one (0 when refused). */
  remaining: number;
  /** Milliseconds until the window resets (what `Retry-After` says when refused). */
  retryAfterMs: number;
};

/**
 * Counts one event against `key` in the current fixed window (windows start at multiples of
 * `windowMs` since the epoch, UTC) and says whether it is within the limit. The counter lives in
 * the database (RateLimitWindow, one atomic upsert: INSERT … ON CONFLICT … RETURNING), so every process and instance shares it.
 * Old windows are removed by pruneQueueTables.
 * @param key - what is limited, e.g. `api-key:<id>` or `job-type:EMAIL_SEND`.
 * @param now - the clock.
 */
export async function takeRateLimitToken(
  key: string,
  { max, windowMs }: RateLimit,
  now: Date = new Date(),
  db: Db | Tx = getDb(),
): Promise<RateLimitDecision> {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  // One statement (an upsert that returns the new count), written as SQL: both databases accept
  // it as is, and it skips Prisma's per-call query compilation on a path every API request takes.
  const [row] = await db.$queryRawUnsafe<Array<{ count: number | bigint }>>(
    `INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${sqlPlaceholders(2)}, 1)
     ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
     RETURNING "count"`,
    key,
    new Date(start),
  );
  const count = Number(row.count);
  const retryAfterMs = start + windowMs - now.getTime();
  return { allowed: count <= max, remaining: Math.max(0, max - count), retryAfterMs };
}
