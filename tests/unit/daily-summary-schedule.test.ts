import { describe, expect, it } from "vitest";
import { dailySummaryOptedIn, isSummaryDue, localMoment } from "@/lib/daily-summary/summary-schedule";

describe("daily summary schedule", () => {
  it("is on by default for admins only, and an explicit choice wins", () => {
    expect(dailySummaryOptedIn({ role: "ADMIN", dailySummaryEnabled: null })).toBe(true);
    expect(dailySummaryOptedIn({ role: "MANAGER", dailySummaryEnabled: null })).toBe(false);
    expect(dailySummaryOptedIn({ role: "SALES", dailySummaryEnabled: null })).toBe(false);
    expect(dailySummaryOptedIn({ role: "ADMIN", dailySummaryEnabled: false })).toBe(false);
    expect(dailySummaryOptedIn({ role: "SALES", dailySummaryEnabled: true })).toBe(true);
  });

  it("reads the local date, ISO weekday and hour in the user's time zone", () => {
    // Sunday 23:30 UTC is Monday 02:30 in Nicosia (UTC+3 in May) and Sunday 16:30 in Los Angeles.
    const now = new Date("2026-05-10T23:30:00Z");
    expect(localMoment(now, "Europe/Nicosia")).toEqual({ localDate: "2026-05-11", weekday: 1, hour: 2 });
    expect(localMoment(now, "America/Los_Angeles")).toEqual({ localDate: "2026-05-10", weekday: 7, hour: 16 });
  });

  it("is due Monday to Friday from the send hour on", () => {
    expect(isSummaryDue(new Date("2026-05-05T07:59:59Z"), "UTC", 8)).toBe(false);
    expect(isSummaryDue(new Date("2026-05-05T08:00:00Z"), "UTC", 8)).toBe(true);
    expect(isSummaryDue(new Date("2026-05-05T23:59:59Z"), "UTC", 8)).toBe(true);
    expect(isSummaryDue(new Date("2026-05-08T22:00:00Z"), "UTC", 0)).toBe(true); // Friday
    expect(isSummaryDue(new Date("2026-05-09T12:00:00Z"), "UTC", 0)).toBe(false); // Saturday
    expect(isSummaryDue(new Date("2026-05-10T12:00:00Z"), "UTC", 0)).toBe(false); // Sunday
    expect(isSummaryDue(new Date("2026-05-08T22:00:00Z"), "Europe/Nicosia", 0)).toBe(false); // Saturday 01:00 there
  });
});
