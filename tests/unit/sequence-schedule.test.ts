import { describe, expect, it } from "vitest";
import { placeTimeZone, recipientTimeZone } from "@/lib/geo/time-zone";
import { describeWindow } from "@/lib/sequences/describe-sequence";
import { pickVariant } from "@/lib/sequences/pick-variant";
import { planNextStep, type PlannedStep } from "@/lib/sequences/plan-next-step";
import { nextSendInstant, waitUntil } from "@/lib/sequences/send-window";
import { taskLinkOf } from "@/lib/sequences/task-link";

const weekdays = { days: [1, 2, 3, 4, 5], fromHour: 9, toHour: 17 };
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("a recipient's time zone", () => {
  it("comes from the country (names, codes), the city for countries with several zones, else the owner", () => {
    expect(placeTimeZone({ country: "Cyprus" })).toMatch(/^(Asia\/Nicosia|Asia\/Famagusta)$/);
    expect(placeTimeZone({ country: "CY" })).toBe(placeTimeZone({ country: "Cyprus" }));
    expect(placeTimeZone({ country: "Greece" })).toBe("Europe/Athens");
    expect(placeTimeZone({ country: "United States", city: "Chicago" })).toBe("America/Chicago");
    expect(placeTimeZone({ country: "USA", city: "Los Angeles" })).toBe("America/Los_Angeles");
    expect(placeTimeZone({ country: "United States" })).toBe("America/New_York");
    expect(placeTimeZone({ city: "Limassol" })).toBe("Asia/Nicosia");
    expect(placeTimeZone({ country: "Narnia" })).toBeNull();
    expect(recipientTimeZone({ country: "Narnia" }, "Europe/London")).toBe("Europe/London");
    expect(recipientTimeZone({}, "Not/AZone")).toBe("UTC");
  });
});

describe("the send window", () => {
  it("keeps an instant inside the window and moves one outside to the next opening, in local time", () => {
    expect(iso(nextSendInstant(new Date("2026-03-03T10:00:00Z"), weekdays, "Europe/London"))).toBe("2026-03-03T10:00:00.000Z");
    expect(iso(nextSendInstant(new Date("2026-03-03T17:00:00Z"), weekdays, "Europe/London"))).toBe("2026-03-04T09:00:00.000Z");
    expect(iso(nextSendInstant(new Date("2026-03-06T18:00:00Z"), weekdays, "Europe/London"))).toBe("2026-03-09T09:00:00.000Z"); // Friday evening → Monday
    expect(iso(nextSendInstant(new Date("2026-03-03T06:00:00Z"), weekdays, "Asia/Tokyo"))).toBe("2026-03-03T06:00:00.000Z"); // 15:00 in Tokyo: open
    expect(iso(nextSendInstant(new Date("2026-03-03T09:00:00Z"), weekdays, "Asia/Tokyo"))).toBe("2026-03-04T00:00:00.000Z"); // 18:00: the next morning
  });

  it("follows daylight saving: 09:00 local is a different UTC hour either side of the change", () => {
    // Europe moves its clocks on Sunday 29 March 2026; the United States on 8 March.
    expect(iso(nextSendInstant(new Date("2026-03-27T20:00:00Z"), weekdays, "Europe/Athens"))).toBe("2026-03-30T06:00:00.000Z");
    expect(iso(nextSendInstant(new Date("2026-03-20T20:00:00Z"), weekdays, "Europe/Athens"))).toBe("2026-03-23T07:00:00.000Z");
    expect(iso(nextSendInstant(new Date("2026-03-06T23:00:00Z"), weekdays, "America/New_York"))).toBe("2026-03-09T13:00:00.000Z");
    // A window opening in the hour the spring change skips opens at the first instant after it.
    expect(iso(nextSendInstant(new Date("2026-03-08T06:00:00Z"), { days: [7], fromHour: 2, toHour: 5 }, "America/New_York"))).toBe("2026-03-08T07:00:00.000Z");
  });

  it("runs to midnight with toHour 24 and refuses an empty window", () => {
    expect(iso(nextSendInstant(new Date("2026-03-03T23:30:00Z"), { days: [1, 2, 3, 4, 5, 6, 7], fromHour: 0, toHour: 24 }, "UTC"))).toBe("2026-03-03T23:30:00.000Z");
    expect(() => nextSendInstant(new Date(), { days: [], fromHour: 9, toHour: 17 }, "UTC")).toThrow(RangeError);
  });
});

describe("waits", () => {
  it("count calendar days at the same local time, across a DST change", () => {
    expect(iso(waitUntil(new Date("2026-03-28T08:00:00Z"), 2, false, "Europe/Athens"))).toBe("2026-03-30T07:00:00.000Z");
  });

  it("count business days Monday to Friday", () => {
    expect(iso(waitUntil(new Date("2026-03-06T10:00:00Z"), 1, true, "UTC"))).toBe("2026-03-09T10:00:00.000Z"); // Friday + 1 → Monday
    expect(iso(waitUntil(new Date("2026-03-04T10:00:00Z"), 3, true, "UTC"))).toBe("2026-03-09T10:00:00.000Z"); // Wednesday + 3 → Monday
    expect(iso(waitUntil(new Date("2026-03-04T10:00:00Z"), 3, false, "UTC"))).toBe("2026-03-07T10:00:00.000Z");
  });

  it("are passed over when planning: the next step is due after the waits, in the window", () => {
    const steps: PlannedStep[] = [
      { position: 0, kind: "EMAIL", waitDays: null, businessDays: false },
      { position: 1, kind: "WAIT", waitDays: 1, businessDays: true },
      { position: 2, kind: "WAIT", waitDays: 1, businessDays: false },
      { position: 3, kind: "TASK", waitDays: null, businessDays: false },
    ];
    const plan = planNextStep({ steps, position: 1, at: new Date("2026-03-06T16:30:00Z"), window: weekdays, timeZone: "UTC" });
    expect(plan.nextStep).toBe(3);
    expect(plan.waits.map((w) => iso(w.until))).toEqual(["2026-03-09T16:30:00.000Z", "2026-03-10T16:30:00.000Z"]);
    expect(iso(plan.nextRunAt)).toBe("2026-03-10T16:30:00.000Z");
    expect(planNextStep({ steps, position: 4, at: new Date(), window: weekdays, timeZone: "UTC" })).toMatchObject({ nextStep: 4, nextRunAt: null });
  });
});

describe("small pieces", () => {
  it("deals variants by the split, deterministically", () => {
    const split = [{ label: "A", percent: 50 }, { label: "B", percent: 50 }];
    const labels = Array.from({ length: 1000 }, (_, i) => pickVariant(split, "step", `enrolment${i}`));
    const b = labels.filter((l) => l === "B").length;
    expect(b).toBeGreaterThan(420);
    expect(b).toBeLessThan(580);
    expect(pickVariant(split, "step", "x")).toBe(pickVariant(split, "step", "x"));
    expect(pickVariant(null, "step", "x")).toBe("A");
  });

  it("reads a task's one-click link back from its notes, and words a window", () => {
    expect(taskLinkOf("Hi Maria\n\nOpen WhatsApp: https://wa.me/35797754374?text=Hi%20Maria")).toEqual({ label: "Open WhatsApp", href: "https://wa.me/35797754374?text=Hi%20Maria" });
    expect(taskLinkOf("Open WhatsApp: javascript:alert(1)")).toBeNull();
    expect(taskLinkOf(null)).toBeNull();
    expect(describeWindow({ sendDays: [1, 2, 3, 4, 5], sendFromHour: 9, sendToHour: 17 })).toBe("Mon–Fri 09:00–17:00");
    expect(describeWindow({ sendDays: [1, 3, 6, 7], sendFromHour: 0, sendToHour: 24 })).toBe("Mon, Wed, Sat, Sun 00:00–24:00");
  });
});
