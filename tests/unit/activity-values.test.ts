import { describe, expect, it } from "vitest";
import { describeDuration, formatDuration, parseDuration } from "@/lib/activities/duration";
import { isLocalDateTime, localDateTimeValue, zonedDateTime } from "@/lib/activities/local-date-time";
import { calendarPeriods } from "@/lib/activities/periods";
import { decodeTimelineCursor, encodeTimelineCursor } from "@/lib/activities/timeline-cursor";

describe("call durations", () => {
  it("reads minutes and clock notation, and refuses anything else", () => {
    expect(parseDuration("5")).toBe(300);
    expect(parseDuration(" 2.5 ")).toBe(150);
    expect(parseDuration("12:30")).toBe(750);
    expect(parseDuration("1:05:00")).toBe(3900);
    expect(parseDuration("90:00")).toBe(5400);
    for (const bad of ["", "ten", "5 min", "1:60", "1:75:00", "-3", "1e3", "12:3"]) expect(parseDuration(bad), bad).toBeNull();
    expect([formatDuration(750), formatDuration(3900), formatDuration(45)]).toEqual(["12:30", "1:05:00", "0:45"]);
    expect([describeDuration(45), describeDuration(720), describeDuration(750), describeDuration(3900), describeDuration(7200)]).toEqual(["45 s", "12 min", "12 min 30 s", "1 h 5 min", "2 h"]);
  });
});

describe("wall-clock times in a time zone", () => {
  it("maps a datetime-local value to UTC and back, across daylight saving", () => {
    expect(zonedDateTime("2026-03-10T14:30", "Australia/Sydney").toISOString()).toBe("2026-03-10T03:30:00.000Z");
    expect(zonedDateTime("2026-07-01T09:00", "Europe/London").toISOString()).toBe("2026-07-01T08:00:00.000Z");
    // 01:30 does not exist on 29 March 2026 in London: clocks jump from 01:00 to 02:00.
    expect(zonedDateTime("2026-03-29T01:30", "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(localDateTimeValue(new Date("2026-03-10T03:30:00Z"), "Australia/Sydney")).toBe("2026-03-10T14:30");
    for (const bad of ["2026-02-30T10:00", "2026-03-10 14:30", "2026-03-10T24:00", "2026-03-10T14:30:00", "10/03/2026"]) expect(isLocalDateTime(bad), bad).toBe(false);
    expect(() => zonedDateTime("nope", "UTC")).toThrow(RangeError);
  });
});

describe("today, this week and this month", () => {
  // 10 March 2026 09:00 UTC is a Tuesday; in Sydney (UTC+11) it is already 20:00.
  const now = new Date("2026-03-10T09:00:00Z");

  it("starts weeks on Monday and follows the user's time zone", () => {
    expect(calendarPeriods(now, "Europe/London")).toEqual({
      today: { start: new Date("2026-03-10T00:00:00Z"), end: new Date("2026-03-11T00:00:00Z") },
      week: { start: new Date("2026-03-09T00:00:00Z"), end: new Date("2026-03-16T00:00:00Z") },
      // London moves to summer time on 29 March: its April starts at 23:00 UTC.
      month: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-03-31T23:00:00Z") },
    });
    const sydney = calendarPeriods(now, "Australia/Sydney");
    expect(sydney.today.start.toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(sydney.week.start.toISOString()).toBe("2026-03-08T13:00:00.000Z");
    // Sydney leaves daylight saving on 5 April, so its April starts at UTC+11 still.
    expect(sydney.month).toEqual({ start: new Date("2026-02-28T13:00:00Z"), end: new Date("2026-03-31T13:00:00Z") });
    // At 23:30 UTC on Sunday 8 March it is already Monday in Sydney: a new week there, not in London.
    const sunday = new Date("2026-03-08T23:30:00Z");
    expect(calendarPeriods(sunday, "Australia/Sydney").week.start.toISOString()).toBe("2026-03-08T13:00:00.000Z");
    expect(calendarPeriods(sunday, "Europe/London").week.start.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("ends each period at the next one's first midnight where DST skips midnight (Santiago, 6 September 2026)", () => {
    // Sunday 6 September began at 01:00 CLST (UTC-3): 00:00 was skipped.
    expect(calendarPeriods(new Date("2026-09-06T15:00:00Z"), "America/Santiago")).toEqual({
      today: { start: new Date("2026-09-06T04:00:00Z"), end: new Date("2026-09-07T03:00:00Z") },
      week: { start: new Date("2026-08-31T04:00:00Z"), end: new Date("2026-09-07T03:00:00Z") },
      month: { start: new Date("2026-09-01T04:00:00Z"), end: new Date("2026-10-01T03:00:00Z") },
    });
  });
});

describe("timeline cursors", () => {
  it("round-trip and treat anything malformed as the newest page", () => {
    const cursor = { occurredAt: new Date("2026-03-10T09:00:00.123Z"), id: "cm7abc_DEF-1" };
    expect(decodeTimelineCursor(encodeTimelineCursor(cursor))).toEqual(cursor);
    for (const bad of [undefined, "", "abc", "zzzzzzzzzzzz.id", "1.bad id", "1.'; DROP", `1.${"x".repeat(65)}`]) expect(decodeTimelineCursor(bad), String(bad)).toBeNull();
  });
});
