import { describe, expect, it } from "vitest";
import { todayRange } from "@/lib/dates";
import { dueSection, dueSectionRange, taskSection } from "@/lib/tasks/due-section";

describe("dueSection: a task's section is a day of the viewer's calendar", () => {
  // The pinned clock: 10 March 2026, 09:00 UTC.
  const now = new Date("2026-03-10T09:00:00Z");
  // 11 March 00:30 in Sydney (UTC+11 in March).
  const sydneyHalfPastMidnight = new Date("2026-03-10T13:30:00Z");

  it("puts a task due 11 March 00:30 Sydney time in tomorrow for Sydney and today for London", () => {
    expect(dueSection(sydneyHalfPastMidnight, now, "Australia/Sydney")).toBe("upcoming");
    expect(dueSection(sydneyHalfPastMidnight, now, "Europe/London")).toBe("today");
  });

  it("splits at the viewer's midnights: overdue before today, today, upcoming from tomorrow", () => {
    const tz = "Europe/London";
    expect(dueSection(new Date("2026-03-09T23:59:59.999Z"), now, tz)).toBe("overdue");
    expect(dueSection(new Date("2026-03-10T00:00:00Z"), now, tz)).toBe("today");
    // Earlier today but past: still today (the day, not the minute, decides).
    expect(dueSection(new Date("2026-03-10T08:00:00Z"), now, tz)).toBe("today");
    expect(dueSection(new Date("2026-03-10T23:59:59.999Z"), now, tz)).toBe("today");
    expect(dueSection(new Date("2026-03-11T00:00:00Z"), now, tz)).toBe("upcoming");
    expect(dueSection(null, now, tz)).toBe("none");
  });

  it("puts done tasks under completed whatever their due date", () => {
    expect(taskSection({ status: "DONE", dueAt: new Date("2020-01-01T00:00:00Z") }, now, "UTC")).toBe("completed");
    expect(taskSection({ status: "IN_PROGRESS", dueAt: new Date("2020-01-01T00:00:00Z") }, now, "UTC")).toBe("overdue");
  });

  it("follows a 23-hour day when London springs forward (29 March 2026)", () => {
    const tz = "Europe/London";
    const noon = new Date("2026-03-29T11:00:00Z"); // 12:00 BST
    expect(todayRange(noon, tz)).toEqual({ start: new Date("2026-03-29T00:00:00Z"), end: new Date("2026-03-29T23:00:00Z") });
    expect(dueSection(new Date("2026-03-29T22:59:00Z"), noon, tz)).toBe("today"); // 23:59 BST
    expect(dueSection(new Date("2026-03-29T23:30:00Z"), noon, tz)).toBe("upcoming"); // 00:30 BST on the 30th
  });

  it("follows a 25-hour day when London falls back (25 October 2026)", () => {
    const tz = "Europe/London";
    const noon = new Date("2026-10-25T12:00:00Z"); // 12:00 GMT
    expect(todayRange(noon, tz)).toEqual({ start: new Date("2026-10-24T23:00:00Z"), end: new Date("2026-10-26T00:00:00Z") });
    expect(dueSection(new Date("2026-10-24T23:30:00Z"), noon, tz)).toBe("today"); // 00:30 BST on the 25th
    expect(dueSection(new Date("2026-10-24T22:59:00Z"), noon, tz)).toBe("overdue"); // 23:59 BST on the 24th
    expect(dueSection(new Date("2026-10-25T23:59:00Z"), noon, tz)).toBe("today");
  });

  it("follows Sydney's DST end (5 April 2026, 03:00 AEDT → 02:00 AEST)", () => {
    const tz = "Australia/Sydney";
    const now = new Date("2026-04-05T02:00:00Z"); // 12:00 AEST on the 5th
    expect(todayRange(now, tz)).toEqual({ start: new Date("2026-04-04T13:00:00Z"), end: new Date("2026-04-05T14:00:00Z") });
    expect(dueSection(new Date("2026-04-05T13:30:00Z"), now, tz)).toBe("today"); // 23:30 AEST
    expect(dueSection(new Date("2026-04-05T14:00:00Z"), now, tz)).toBe("upcoming"); // 00:00 on the 6th
  });

  it("ends a day at the next midnight where DST skips midnight (Santiago, 6 September 2026)", () => {
    const tz = "America/Santiago";
    const now = new Date("2026-09-06T15:00:00Z"); // 12:00 CLST; the day began at 01:00 (00:00 was skipped)
    expect(todayRange(now, tz)).toEqual({ start: new Date("2026-09-06T04:00:00Z"), end: new Date("2026-09-07T03:00:00Z") });
    expect(dueSection(new Date("2026-09-07T03:30:00Z"), now, tz)).toBe("upcoming"); // 00:30 on the 7th
  });

  it("gives the ranges the queries use, half-open at the viewer's midnights", () => {
    const tz = "Australia/Sydney";
    expect(dueSectionRange("overdue", now, tz)).toEqual({ lt: new Date("2026-03-09T13:00:00Z") });
    expect(dueSectionRange("today", now, tz)).toEqual({ gte: new Date("2026-03-09T13:00:00Z"), lt: new Date("2026-03-10T13:00:00Z") });
    expect(dueSectionRange("upcoming", now, tz)).toEqual({ gte: new Date("2026-03-10T13:00:00Z") });
    expect(dueSectionRange("none", now, tz)).toBeNull();
  });
});
