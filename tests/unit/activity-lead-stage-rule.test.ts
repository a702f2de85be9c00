import { describe, expect, it } from "vitest";
import { leadStageAfterActivity, type RuleStage } from "@/lib/activities/lead-stage-rule";
import { DEFAULT_LEAD_STAGES } from "@/lib/leads/default-pipeline";

const stages: RuleStage[] = DEFAULT_LEAD_STAGES.map((s, position) => ({ id: s.name.toLowerCase().replace(/ /g, "-"), name: s.name, kind: s.kind, position }));
const move = (from: string, activity: Partial<Parameters<typeof leadStageAfterActivity>[2]>, list = stages) =>
  leadStageAfterActivity(list, from, { type: "EMAIL", direction: "OUTBOUND", outcome: null, ...activity })?.name ?? null;

describe("where logging an activity moves a lead", () => {
  it("moves New to Contacted on 'contacted' only", () => {
    expect(move("new", { outcome: "CONTACTED" })).toBe("Contacted");
    expect(move("contacted", { outcome: "CONTACTED" })).toBeNull();
    expect(move("qualified", { outcome: "CONTACTED" })).toBeNull();
    expect(move("new", { outcome: "NO_RESPONSE" })).toBeNull();
    expect(move("new", { outcome: null })).toBeNull();
  });

  it("moves New and Contacted to Replied on an inbound reply or a booked call", () => {
    for (const type of ["EMAIL", "CALL", "DM", "SMS", "WHATSAPP"] as const) {
      expect(move("new", { type, direction: "INBOUND" })).toBe("Replied");
      expect(move("contacted", { type, direction: "INBOUND" })).toBe("Replied");
    }
    expect(move("contacted", { type: "MEETING", direction: "INBOUND" })).toBeNull();
    expect(move("contacted", { type: "IN_PERSON", direction: "INBOUND" })).toBeNull();
    expect(move("replied", { direction: "INBOUND" })).toBeNull();
    expect(move("proposal-sent", { direction: "INBOUND" })).toBeNull();
    expect(move("new", { outcome: "BOOKED_CALL" })).toBe("Replied");
    // A reply wins over "contacted" logged with it.
    expect(move("new", { direction: "INBOUND", outcome: "CONTACTED" })).toBe("Replied");
  });

  it("closes open leads on closed won / lost and never reopens closed ones", () => {
    expect(move("proposal-sent", { outcome: "CLOSED_WON" })).toBe("Won");
    expect(move("new", { outcome: "CLOSED_LOST" })).toBe("Lost");
    expect(move("won", { outcome: "CLOSED_LOST" })).toBeNull();
    expect(move("lost", { direction: "INBOUND" })).toBeNull();
    expect(move("lost", { outcome: "CONTACTED" })).toBeNull();
    expect(move("no-such-stage", { outcome: "CONTACTED" })).toBeNull();
  });

  it("finds renamed stages by their place and reordered ones by their name", () => {
    const renamed = stages.map((s) => (s.id === "contacted" ? { ...s, name: "Reached out" } : s.id === "new" ? { ...s, name: "Fresh" } : s));
    expect(move("new", { outcome: "CONTACTED" }, renamed)).toBe("Reached out");
    // An admin put a "Researching" stage between New and Contacted: the names still lead.
    const inserted = [...stages.slice(0, 1), { id: "research", name: "Researching", kind: "OPEN" as const, position: 0.5 }, ...stages.slice(1)];
    expect(move("new", { outcome: "CONTACTED" }, inserted)).toBe("Contacted");
    expect(move("research", { direction: "INBOUND" }, inserted)).toBeNull();
    // No won stage at all: nothing to move to.
    expect(move("new", { outcome: "CLOSED_WON" }, stages.filter((s) => s.kind !== "WON"))).toBeNull();
  });
});
