import { describe, expect, it } from "vitest";
import { createRequestPacer, DEFAULT_RESEND_REQUESTS_PER_SECOND, resendRequestsPerSecond } from "@/server/email/resend-request-pacer";

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

describe("createRequestPacer", () => {
  it("spaces requests 1/rate apart: at 2 a second, 500 ms", () => {
    const clock = manualClock();
    const pacer = createRequestPacer({ requestsPerSecond: 2, now: clock.now });
    expect([pacer.reserve(), pacer.reserve(), pacer.reserve(), pacer.reserve()]).toEqual([0, 500, 1000, 1500]);
  });

  it("lets a request go at once after an idle spell, without saving up a burst", () => {
    const clock = manualClock();
    const pacer = createRequestPacer({ requestsPerSecond: 2, now: clock.now });
    pacer.reserve();
    clock.advance(10_000);
    expect([pacer.reserve(), pacer.reserve()]).toEqual([0, 500]);
  });

  it("counts the wait from the slot already taken, not from the call", () => {
    const clock = manualClock();
    const pacer = createRequestPacer({ requestsPerSecond: 2, now: clock.now });
    expect(pacer.reserve()).toBe(0);
    clock.advance(200);
    expect(pacer.reserve()).toBe(300);
    clock.advance(300);
    expect(pacer.reserve()).toBe(500);
  });

  it("allows `burst` requests at once, then the rate", () => {
    const clock = manualClock();
    const pacer = createRequestPacer({ requestsPerSecond: 2, burst: 2, now: clock.now });
    expect([pacer.reserve(), pacer.reserve(), pacer.reserve(), pacer.reserve()]).toEqual([0, 0, 500, 1000]);
  });

  it("holds every later slot for a 429's retry-after, then resumes at the rate", () => {
    const clock = manualClock();
    const pacer = createRequestPacer({ requestsPerSecond: 2, now: clock.now });
    pacer.reserve();
    pacer.pauseFor(3000);
    expect(pacer.reserve()).toBe(3000);
    expect(pacer.reserve()).toBe(3500);
    pacer.pauseFor(0);
    pacer.pauseFor(-5);
    expect(pacer.reserve()).toBe(4000);
  });

  it("never lets more than the rate into any one-second window, however the calls arrive", () => {
    const clock = manualClock(0);
    const pacer = createRequestPacer({ requestsPerSecond: 2, now: clock.now });
    const sentAt: number[] = [];
    // Callers arrive in clumps: 5 at once, a pause, 7 at once…
    for (const [clump, gap] of [[5, 0], [7, 1300], [3, 40], [12, 2500], [1, 10]]) {
      clock.advance(gap);
      for (let i = 0; i < clump; i++) sentAt.push(clock.now() + pacer.reserve());
    }
    sentAt.sort((a, b) => a - b);
    for (let i = 0; i < sentAt.length; i++) {
      const inWindow = sentAt.filter((t) => t >= sentAt[i] && t < sentAt[i] + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(2);
    }
    // …and it is not slower than it has to be: 28 requests at 2 a second take 13.5 s.
    expect(sentAt.at(-1)! - sentAt[0]).toBe(13_500);
  });

  it("takes fractional rates", () => {
    const clock = manualClock();
    const pacer = createRequestPacer({ requestsPerSecond: 0.5, now: clock.now });
    expect([pacer.reserve(), pacer.reserve()]).toEqual([0, 2000]);
    const three = createRequestPacer({ requestsPerSecond: 3, now: clock.now });
    expect([three.reserve(), three.reserve(), three.reserve()]).toEqual([0, 334, 667]);
  });

  it("refuses a rate or burst that makes no sense", () => {
    expect(() => createRequestPacer({ requestsPerSecond: 0 })).toThrow(RangeError);
    expect(() => createRequestPacer({ requestsPerSecond: -1 })).toThrow(RangeError);
    expect(() => createRequestPacer({ requestsPerSecond: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => createRequestPacer({ requestsPerSecond: 2, burst: 0 })).toThrow(RangeError);
    expect(() => createRequestPacer({ requestsPerSecond: 2, burst: 1.5 })).toThrow(RangeError);
  });

  it("acquire sleeps until the slot (real clock)", async () => {
    const pacer = createRequestPacer({ requestsPerSecond: 20 });
    const started = performance.now();
    for (let i = 0; i < 4; i++) await pacer.acquire();
    // Slots at 0, 50, 100 and 150 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it("acquire gives up when the signal aborts", async () => {
    const pacer = createRequestPacer({ requestsPerSecond: 1 });
    await pacer.acquire();
    const controller = new AbortController();
    const waiting = pacer.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
    await expect(pacer.acquire(AbortSignal.abort())).rejects.toThrow();
  });
});

describe("resendRequestsPerSecond", () => {
  it("reads RESEND_REQUESTS_PER_SECOND and falls back to Resend's default of 2", () => {
    expect(DEFAULT_RESEND_REQUESTS_PER_SECOND).toBe(2);
    expect(resendRequestsPerSecond({ RESEND_REQUESTS_PER_SECOND: "10" })).toBe(10);
    expect(resendRequestsPerSecond({ RESEND_REQUESTS_PER_SECOND: " 0.5 " })).toBe(0.5);
    for (const bad of [undefined, "", "0", "-3", "two", "Infinity"]) {
      expect(resendRequestsPerSecond({ RESEND_REQUESTS_PER_SECOND: bad })).toBe(2);
    }
  });
});
