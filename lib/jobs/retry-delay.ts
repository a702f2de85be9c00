/** The first retry waits about this long; each further retry doubles it. */
export const RETRY_BASE_MS = 10_000;
/** No retry waits longer than this. */
export const RETRY_MAX_MS = 60 * 60 * 1000;

/**
 * How long to wait before the next try of a failed job: exponential backoff with jitter: a
 * uniformly random delay between half and all of base × 2^(attempt−1), capped, so that jobs
 * failing together do not retry together and a retry never comes at once. This is the "equal
 * jitter" variant of AWS's "Exponential Backoff and Jitter" (Marc Brooker, 2015).
 * @param attempt - the attempt that just failed, 1 for the first.
 * @param random - a number in [0, 1) (injected so tests control it).
 * @returns milliseconds.
 */
export function retryDelayMs(attempt: number, random: number = Math.random(), baseMs = RETRY_BASE_MS, maxMs = RETRY_MAX_MS): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random * (ceiling / 2));
}
