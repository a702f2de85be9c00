import "server-only";
import { setTimeout as sleep } from "node:timers/promises";

/** Resend's default rate limit: 2 requests a second per team (https://resend.com/docs/api-reference/rate-limit). */
export const DEFAULT_RESEND_REQUESTS_PER_SECOND = 2;

/** Spaces requests to a rate; see createRequestPacer. */
export interface RequestPacer {
  /** The configured rate, requests per second. */
  readonly requestsPerSecond: number;
  /**
   * Takes the next free slot and says how long to wait for it.
   * @returns milliseconds from now until the request may be sent (0: at once). The slot is
   *   taken: a caller that does not send still uses it up.
   */
  reserve(): number;
  /**
   * Holds every later slot until `ms` from now, as a 429's `retry-after` asks; slots already
   * handed out are not moved.
   */
  pauseFor(ms: number): void;
  /**
   * Waits for the next slot (reserve, then sleep).
   * @throws the signal's reason (an AbortError) when `signal` aborts while waiting.
   */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * A pacer for calls to a rate-limited API: the generic cell rate algorithm (GCRA, the
 * "virtual scheduling" form of a token bucket, ITU-T I.371). Slots are `1000 / requestsPerSecond`
 * ms apart; up to `burst` requests may go at once after an idle spell. With the default burst
 * of 1 requests are evenly spaced, so no one-second window ever holds more than the rate even
 * when the provider counts in fixed windows and network jitter shifts arrivals.
 *
 * It is per process: N worker processes each pacing at R send N × R; give each R / N.
 * Pure apart from `acquire`'s sleep: time comes from `now`.
 *
 * @param requestsPerSecond - the rate (> 0; fractions allowed).
 * @param burst - slots available at once after idling (≥ 1; default 1).
 * @param now - the clock in ms (Date.now by default; tests inject one).
 * @throws RangeError for a rate ≤ 0 or not finite, or a burst < 1.
 */
export function createRequestPacer({
  requestsPerSecond,
  burst = 1,
  now = Date.now,
}: {
  requestsPerSecond: number;
  burst?: number;
  now?: () => number;
}): RequestPacer {
  if (!Number.isFinite(requestsPerSecond) || requestsPerSecond <= 0) throw new RangeError(`requestsPerSecond must be a positive number, not ${requestsPerSecond}`);
  if (!Number.isInteger(burst) || burst < 1) throw new RangeError(`burst must be an integer of at least 1, not ${burst}`);
  const intervalMs = 1000 / requestsPerSecond;
  const burstToleranceMs = (burst - 1) * intervalMs;
  // Theoretical arrival time: when the bucket is next empty of earlier requests.
  let tat = -Infinity;
  let pausedUntil = -Infinity;

  const pacer: RequestPacer = {
    requestsPerSecond,
    reserve() {
      const t = now();
      const sendAt = Math.max(t, tat - burstToleranceMs, pausedUntil);
      tat = Math.max(tat, sendAt) + intervalMs;
      return Math.max(0, Math.ceil(sendAt - t));
    },
    pauseFor(ms) {
      if (!(ms > 0)) return;
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    async acquire(signal) {
      signal?.throwIfAborted();
      const waitMs = pacer.reserve();
      if (waitMs > 0) await sleep(waitMs, undefined, { signal });
    },
  };
  return pacer;
}

/**
 * The request rate for Resend from RESEND_REQUESTS_PER_SECOND: a positive number (a raised
 * limit, or lower to share the team's limit between processes); anything else is the default 2.
 */
export function resendRequestsPerSecond(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = Number(env.RESEND_REQUESTS_PER_SECOND?.trim() || Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_RESEND_REQUESTS_PER_SECOND;
}

const PACER_KEY = Symbol.for("leadwell.resendRequestPacer");

/**
 * This process's pacer for Resend API calls, at resendRequestsPerSecond() (read once). Kept on
 * globalThis so that every bundle of the process (route handlers, the in-process worker) shares
 * one; every send path should go through it.
 */
export function resendRequestPacer(): RequestPacer {
  const holder = globalThis as typeof globalThis & { [PACER_KEY]?: RequestPacer };
  holder[PACER_KEY] ??= createRequestPacer({ requestsPerSecond: resendRequestsPerSecond() });
  return holder[PACER_KEY];
}
