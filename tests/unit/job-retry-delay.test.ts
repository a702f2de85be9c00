import { describe, expect, it } from "vitest";
import { RETRY_BASE_MS, RETRY_MAX_MS, retryDelayMs } from "@/lib/jobs/retry-delay";

describe("retryDelayMs", () => {
  it("doubles the ceiling with each failed attempt and keeps the delay between half and all of it", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 0))).toEqual([RETRY_BASE_MS / 2, RETRY_BASE_MS, RETRY_BASE_MS * 2, RETRY_BASE_MS * 4]);
    expect(retryDelayMs(3, 0.999999)).toBe(Math.round(RETRY_BASE_MS * 4 * 0.5 + RETRY_BASE_MS * 4 * 0.5 * 0.999999));
  });

  it("spreads jobs that fail together (jitter)", () => {
    const delays = new Set([0.1, 0.4, 0.7].map((random) => retryDelayMs(2, random)));
    expect(delays.size).toBe(3);
  });

  it("never waits longer than the cap", () => {
    expect(retryDelayMs(40, 0.999)).toBeLessThanOrEqual(RETRY_MAX_MS);
    expect(retryDelayMs(40, 0)).toBe(RETRY_MAX_MS / 2);
  });
});
