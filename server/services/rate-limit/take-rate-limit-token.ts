import { getDb, type Db, type Tx } from "@/server/db";

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
 * the database (RateLimitWindow, one atomic upsert), so every process and instance shares it.
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
  const { count } = await db.rateLimitWindow.upsert({
    where: { key_windowStart: { key, windowStart: new Date(start) } },
    create: { key, windowStart: new Date(start), count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  const retryAfterMs = start + windowMs - now.getTime();
  return { allowed: count <= max, remaining: Math.max(0, max - count), retryAfterMs };
}
