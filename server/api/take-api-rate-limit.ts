import "server-only";
import { takeRateLimitToken } from "@/server/services/rate-limit/take-rate-limit-token";

/** Requests a key may make per minute unless API_RATE_LIMIT_PER_MINUTE says otherwise. */
export const DEFAULT_API_RATE_LIMIT_PER_MINUTE = 600;

const WINDOW_MS = 60_000;

/** The per-key limit from API_RATE_LIMIT_PER_MINUTE (a positive whole number), else the default. */
export function apiRateLimitPerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_API_RATE_LIMIT_PER_MINUTE;
}

/**
 * Counts one request against a key's fixed one-minute window (shared by every process through
 * the RateLimitWindow table) and returns whether it may proceed with the headers that describe
 * the limit (IETF draft "RateLimit header fields": RateLimit-Limit, -Remaining, -Reset in seconds,
 * and RateLimit-Policy `<limit>;w=60`).
 * @param now - the clock.
 * @returns `allowed`, the headers, and `retryAfterSeconds` (≥ 1) for a refused request's Retry-After.
 */
export async function takeApiRateLimit(
  keyId: string,
  now: Date,
): Promise<{ allowed: boolean; retryAfterSeconds: number; headers: Record<string, string> }> {
  const max = apiRateLimitPerMinute();
  const decision = await takeRateLimitToken(`api-key:${keyId}`, { max, windowMs: WINDOW_MS }, now);
  const resetSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return {
    allowed: decision.allowed,
    retryAfterSeconds: resetSeconds,
    headers: {
      "ratelimit-limit": String(max),
      "ratelimit-remaining": String(decision.remaining),
      "ratelimit-reset": String(resetSeconds),
      "ratelimit-policy": `${max};w=${WINDOW_MS / 1000}`,
    },
  };
}
