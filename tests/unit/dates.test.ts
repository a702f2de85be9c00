import { describe, expect, it } from "vitest";
import { todayRange, zonedDay, zonedDayStart } from "@/lib/dates";
import { dayPeriod, monthPeriod, weekPeriod, yearPeriod } from "@/lib/periods";

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

describe("periods in the user's time zone", () => {
  it("weeks start on Monday at local midnight", () => {
    // Sunday 2026-03-29 23:30 in Nicosia (20:30 UTC); DST began there at 03:00 that morning.
    const now = new Date("2026-03-29T20:30:00Z");
    expect(weekPeriod(now, "Europe/Nicosia")).toEqual({ start: new Date("2026-03-22T22:00:00Z"), end: new Date("2026-03-29T21:00:00Z") });
    expect(weekPeriod(now, "UTC").start).toEqual(new Date("2026-03-23T00:00:00Z"));
    expect(weekPeriod(now, "Europe/Nicosia", -1).start).toEqual(new Date("2026-03-15T22:00:00Z"));
  });

  it("months, years and days follow the zone", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(monthPeriod(now, "Europe/Nicosia")).toEqual({ start: new Date("2026-11-30T22:00:00Z"), end: new Date("2026-12-31T22:00:00Z") });
    expect(monthPeriod(now, "UTC", -1).start).toEqual(new Date("2026-10-01T00:00:00Z"));
    expect(yearPeriod(now, "UTC")).toEqual({ start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
    expect(dayPeriod(now, "Europe/Nicosia", -1)).toEqual({ start: new Date("2026-11-29T22:00:00Z"), end: new Date("2026-11-30T22:00:00Z") });
  });
});
