import { describe, expect, it } from "vitest";
import { calendarEntries } from "@/lib/tasks/calendar-entries";
import { calendarGrid, shiftDay } from "@/lib/tasks/calendar-grid";

describe("calendarGrid", () => {
  it("shows a month as whole weeks from Monday, with the neighbouring months' days", () => {
    const grid = calendarGrid("month", "2026-03-10");
    expect(grid.title).toBe("March 2026");
    expect(grid.weeks).toHaveLength(6); // 1 March 2026 is a Sunday
    expect(grid.weeks[0][0]).toBe("2026-02-23");
    expect(grid.weeks[0][6]).toBe("2026-03-01");
    expect(grid.weeks[5][6]).toBe("2026-04-05");
    expect(grid.from).toBe("2026-02-23");
    expect(grid.until).toBe("2026-04-06");
    expect(grid.month).toBe("2026-03");
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
  });

  it("steps a month back and forward, keeping the day where the month has it", () => {
    expect(calendarGrid("month", "2026-03-31")).toMatchObject({ previous: "2026-02-28", next: "2026-04-30" });
    expect(calendarGrid("month", "2026-01-15")).toMatchObject({ previous: "2025-12-15", next: "2026-02-15" });
  });

  it("shows a week Monday to Sunday, across a month and a year end", () => {
    const grid = calendarGrid("week", "2026-01-01");
    expect(grid.weeks).toEqual([["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]]);
    expect(grid).toMatchObject({ previous: "2025-12-25", next: "2026-01-08", from: "2025-12-29", until: "2026-01-05", title: "29 Dec–4 Jan 2026" });
    expect(calendarGrid("week", "2026-03-10").title).toBe("9–15 Mar 2026");
  });

  it("counts days without the server's time zone or DST", () => {
    expect(shiftDay("2026-03-28", 1)).toBe("2026-03-29");
    expect(shiftDay("2026-03-29", 1)).toBe("2026-03-30");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("calendarEntries", () => {
  it("files tasks and follow-ups under the viewer's day, untimed first, then by time", () => {
    const entries = calendarEntries(
      {
        tasks: [
          { id: "t1", title: "Late call", dueAt: new Date("2026-03-10T13:30:00Z"), allDay: false, status: "OPEN", priority: "HIGH" },
          { id: "t2", title: "Morning email", dueAt: new Date("2026-03-10T22:00:00Z"), allDay: false, status: "DONE", priority: "LOW" },
          { id: "t3", title: "All day", dueAt: new Date("2026-03-10T13:00:00Z"), allDay: true, status: "OPEN", priority: "MEDIUM" },
        ],
        followUps: [{ id: "l1", name: "Harbour Cafe", nextActionAt: new Date("2026-03-10T13:00:00Z") }],
      },
      "Australia/Sydney",
    );
    expect([...entries.keys()]).toEqual(["2026-03-11"]);
    expect(entries.get("2026-03-11")!.map((e) => [e.kind, e.title, e.time, e.done, e.href])).toEqual([
      ["followUp", "Harbour Cafe", null, false, "/leads/l1"],
      ["task", "All day", null, false, "/tasks/t3"],
      ["task", "Late call", "00:30", false, "/tasks/t1"],
      ["task", "Morning email", "09:00", true, "/tasks/t2"],
    ]);
    // The same instants in London fall on 10 March.
    expect([...calendarEntries({ tasks: [], followUps: [{ id: "l1", name: "x", nextActionAt: new Date("2026-03-10T13:00:00Z") }] }, "Europe/London").keys()]).toEqual(["2026-03-10"]);
  });
});
