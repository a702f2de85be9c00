import { describe, expect, it } from "vitest";
import { activityInputSchema, activityUpdateSchema, parseTimelineQuery, timelineSearch } from "@/lib/validation/activity";
import { outreachInputSchema, parseOutreachListQuery, outreachListSearch } from "@/lib/validation/outreach";

describe("activity schemas", () => {
  it("parse the form's values, and parse their own output the same again (the form sends what it parsed)", () => {
    const input = { type: "CALL", direction: "OUTBOUND", outcome: "", subject: " Intro ", body: "", occurredAt: "2026-03-10T14:30", duration: "12:30", followUpDay: "2026-03-12", leadId: "clead1" };
    const data = activityInputSchema.parse(input);
    expect(data).toMatchObject({ type: "CALL", direction: "OUTBOUND", outcome: "FOLLOW_UP_SET", subject: "Intro", body: null, duration: "12:30", followUpDay: "2026-03-12", contactId: null });
    expect(activityInputSchema.parse(data)).toEqual(data);
    const update = activityUpdateSchema.parse({ type: "MEETING", duration: 45 });
    expect(update).toMatchObject({ duration: "45", direction: null });
    expect(activityUpdateSchema.parse(update)).toEqual(update);
  });

  it("drop what does not apply to the type and need a note's text", () => {
    expect(activityUpdateSchema.parse({ type: "EMAIL", direction: "INBOUND", duration: "5", outcome: "CONTACTED" })).toMatchObject({ direction: "INBOUND", duration: null, outcome: "CONTACTED" });
    expect(activityUpdateSchema.parse({ type: "NOTE", body: "x", direction: "INBOUND", outcome: "CONTACTED" })).toMatchObject({ direction: null, outcome: null });
    expect(activityUpdateSchema.safeParse({ type: "NOTE" }).success).toBe(false);
  });

  it("keep the outreach dialog to its five types", () => {
    expect(outreachInputSchema.safeParse({ type: "IN_PERSON" }).success).toBe(true);
    expect(outreachInputSchema.safeParse({ type: "MEETING" }).success).toBe(false);
    expect(outreachInputSchema.safeParse({ type: "EMAIL", outcome: "FOLLOW_UP_SET", leadId: "c1" }).success).toBe(false);
  });
});

describe("URL views", () => {
  it("read the timeline's type filter and cursor, dropping unknown types", () => {
    expect(parseTimelineQuery({ activity: ["CALL", "FAX", "CALL"], before: "x" })).toEqual({ activity: [], before: "x" });
    expect(parseTimelineQuery({ activity: ["CALL", "EMAIL", "CALL"] })).toEqual({ activity: ["CALL", "EMAIL"], before: undefined });
    expect(timelineSearch({ activity: ["CALL", "NOTE"], before: "k.c1" })).toBe("?activity=CALL&activity=NOTE&before=k.c1");
    expect(timelineSearch({ activity: [] })).toBe("");
  });

  it("read the outreach list's filters, dropping malformed ones", () => {
    expect(parseOutreachListQuery({ type: "DM", outcome: "CONTACTED", from: "2026-03-01", to: "2026-02-30", by: "me", page: "2" })).toEqual({
      q: undefined,
      type: "DM",
      outcome: "CONTACTED",
      from: "2026-03-01",
      to: undefined,
      by: "me",
      page: 2,
      pageSize: 50,
    });
    expect(parseOutreachListQuery({ type: "NOTE", outcome: "MAYBE", from: ["2026-03-01", "x"] })).toMatchObject({ type: undefined, outcome: undefined, from: undefined });
    expect(outreachListSearch(parseOutreachListQuery({ from: "2026-03-01", page: "1" }))).toBe("?from=2026-03-01");
  });
});
