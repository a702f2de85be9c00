import { describe, expect, it } from "vitest";
import { todayRange, zonedDay, zonedDayStart } from "@/lib/dates";

describe("time-zone aware days", () => {
  const now = new Date("2026-03-10T09:00:00Z");

  it("gives each user their own today", () => {
    expect(todayRange(now, "Europe/London")).toEqual({
      start: new Date("2026-03-10T00:00:00Z"),
      end: new Date("2026-03-11T00:00:00Z"),
    });
    // Sydney is UTC+11 in March: its 10 March ended at 13:00 UTC on 10 March; at 09:00 UTC it is already the 10th, 20:00.
    expect(todayRange(now, "Australia/Sydney")).toEqual({
      start: new Date("2026-03-09T13:00:00Z"),
      end: new Date("2026-03-10T13:00:00Z"),
    });
  });

  it("maps calendar days to and from instants", () => {
    expect(zonedDayStart("2026-03-11", "Australia/Sydney").toISOString()).toBe("2026-03-10T13:00:00.000Z");
    expect(zonedDay(new Date("2026-03-10T13:30:00Z"), "Australia/Sydney")).toBe("2026-03-11");
    expect(zonedDay(new Date("2026-03-10T13:30:00Z"), "Europe/London")).toBe("2026-03-10");
    expect(() => zonedDayStart("2026-02-30x", "UTC")).toThrow(RangeError);
  });
});
