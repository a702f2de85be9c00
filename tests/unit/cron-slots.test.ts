import { describe, expect, it } from "vitest";
import { currentCronSlot, nextCronSlot } from "@/lib/jobs/cron-slots";

describe("cron slots", () => {
  it("puts a call at a slot's exact moment in that slot, and a call just before it in the previous one", () => {
    expect(currentCronSlot("*/5 * * * *", "UTC", new Date("2026-12-04T17:05:00.000Z"))).toEqual(new Date("2026-12-04T17:05:00.000Z"));
    expect(currentCronSlot("*/5 * * * *", "UTC", new Date("2026-12-04T17:04:59.999Z"))).toEqual(new Date("2026-12-04T17:00:00.000Z"));
  });

  it("evaluates the expression in the schedule's time zone, across a DST change", () => {
    // 07:00 in Nicosia is 05:00 UTC in winter (UTC+2) and 04:00 UTC in summer (UTC+3).
    expect(nextCronSlot("0 7 * * *", "Europe/Nicosia", new Date("2026-12-04T17:00:00.000Z"))).toEqual(new Date("2026-12-05T05:00:00.000Z"));
    expect(nextCronSlot("0 7 * * *", "Europe/Nicosia", new Date("2026-03-28T12:00:00.000Z"))).toEqual(new Date("2026-03-29T04:00:00.000Z"));
  });

  it("refuses an invalid expression", () => {
    expect(() => nextCronSlot("61 * * * *", "UTC", new Date())).toThrow();
  });
});
