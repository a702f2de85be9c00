import { describe, expect, it } from "vitest";
import { dueInstant, dueParts } from "@/lib/tasks/due-instant";
import { formatDue } from "@/lib/tasks/format-due";

describe("dueInstant: a form's day and time in the user's time zone", () => {
  it("turns a day and a time into the UTC instant of that wall-clock time", () => {
    expect(dueInstant("2026-03-11", "00:30", "Australia/Sydney")).toEqual({ dueAt: new Date("2026-03-10T13:30:00Z"), allDay: false });
    expect(dueInstant("2026-03-11", "00:30", "Europe/London")).toEqual({ dueAt: new Date("2026-03-11T00:30:00Z"), allDay: false });
    expect(dueInstant("2026-07-01", "09:15", "America/New_York")).toEqual({ dueAt: new Date("2026-07-01T13:15:00Z"), allDay: false });
  });

  it("makes a day without a time an all-day task at that day's local midnight", () => {
    expect(dueInstant("2026-03-11", null, "Australia/Sydney")).toEqual({ dueAt: new Date("2026-03-10T13:00:00Z"), allDay: true });
  });

  it("has no due date without a day", () => {
    expect(dueInstant(null, null, "UTC")).toEqual({ dueAt: null, allDay: false });
  });

  it("moves a time skipped by the spring-forward gap forward by the gap", () => {
    // 01:30 does not exist in London on 29 March 2026 (01:00 GMT → 02:00 BST): it reads as 02:30 BST.
    expect(dueInstant("2026-03-29", "01:30", "Europe/London").dueAt).toEqual(new Date("2026-03-29T01:30:00Z"));
  });

  it("is undone by dueParts in the same time zone", () => {
    for (const [day, time, tz] of [["2026-03-11", "00:30", "Australia/Sydney"], ["2026-10-25", "01:30", "Europe/London"], ["2026-03-11", null, "Pacific/Kiritimati"]] as const) {
      const { dueAt, allDay } = dueInstant(day, time, tz);
      expect(dueParts(dueAt, allDay, tz)).toEqual({ dueDay: day, dueTime: time });
    }
    expect(dueParts(null, false, "UTC")).toEqual({ dueDay: null, dueTime: null });
  });

  it("refuses a time that is not one", () => {
    expect(() => dueInstant("2026-03-11", "24:00", "UTC")).toThrow(RangeError);
    expect(() => dueInstant("2026-02-30", null, "UTC")).toThrow(RangeError);
  });
});

describe("formatDue", () => {
  const now = new Date("2026-03-10T09:00:00Z");
  it("names days relative to the viewer's today", () => {
    const due = new Date("2026-03-10T13:30:00Z");
    expect(formatDue(due, false, now, "Europe/London")).toBe("Today, 13:30");
    expect(formatDue(due, false, now, "Australia/Sydney")).toBe("Tomorrow, 00:30");
    expect(formatDue(new Date("2026-03-09T00:00:00Z"), true, now, "UTC")).toBe("Yesterday");
    expect(formatDue(new Date("2026-03-20T00:00:00Z"), true, now, "UTC")).toBe("Fri 20 Mar");
    expect(formatDue(new Date("2025-12-24T16:00:00Z"), false, now, "UTC")).toBe("24 Dec 2025, 16:00");
  });
});
