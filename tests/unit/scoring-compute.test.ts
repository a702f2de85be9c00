import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "@/lib/scoring/default-scoring-rules";
import { computeScore, decayWeight, effectiveScore, temperatureOf, type ScoringRuleSpec } from "@/lib/scoring/compute-score";
import type { LeadFacts, ScoredActivity } from "@/lib/scoring/rule-keys";
import { scoringRuleInputSchema, scoringSettingsSchema } from "@/lib/validation/scoring";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const SETTINGS = { halfLifeDays: 14, hotThreshold: 70, warmThreshold: 40 };

/** The default rules as stored rows (ids are their keys). */
const DEFAULTS: ScoringRuleSpec[] = DEFAULT_SCORING_RULES.map(({ key, ...input }) => ({ id: key, ...scoringRuleInputSchema.parse(input) }));

const facts = (over: Partial<LeadFacts> = {}): LeadFacts => ({
  rating: null,
  reviewCount: null,
  hasWebsite: true,
  websiteIssues: [],
  niche: null,
  city: null,
  email: null,
  phone: null,
  createdAt: daysAgo(1),
  ...over,
});
const activity = (type: string, days: number, over: Partial<ScoredActivity> = {}): ScoredActivity => ({ type, direction: null, outcome: null, occurredAt: daysAgo(days), ...over });
const score = (f: LeadFacts, activities: ScoredActivity[] = [], rules = DEFAULTS) => computeScore({ rules, settings: SETTINGS, facts: f, activities, now: NOW });

describe("the default rules on fit alone", () => {
  it("adds no website, a 4.5 rating, 30 reviews and an email: 25 + 10 + 10 + 5 = 50", () => {
    const result = score(facts({ hasWebsite: false, rating: 4.5, reviewCount: 30, email: "a@b.cy" }));
    expect(result.score).toBe(50);
    expect(result.breakdown.map((e) => [e.ruleId, e.points])).toEqual([
      ["no-website", 25],
      ["good-rating", 10],
      ["established", 10],
      ["has-email", 5],
    ]);
  });

  it("counts a poor rating against the lead and never goes below 0", () => {
    expect(score(facts({ rating: 2.9 })).score).toBe(0);
    expect(score(facts({ rating: 2.9 })).breakdown).toEqual([{ ruleId: "poor-rating", name: "Rated below 3.0", kind: "FIT", points: -10 }]);
    // 3.0 is not below 3.0, and 4.0 is "4.0 or better".
    expect(score(facts({ rating: 3 })).breakdown).toEqual([]);
    expect(score(facts({ rating: 4, websiteIssues: ["OUTDATED"], phone: "+357" })).score).toBe(10 + 15 + 5);
  });
});

describe("engagement with decay (half-life 14 days)", () => {
  it("weights an event 1, ½ and ¼ at 0, 14 and 28 days", () => {
    expect(decayWeight(0, 14)).toBe(1);
    expect(decayWeight(14, 14)).toBe(0.5);
    expect(decayWeight(28, 14)).toBe(0.25);
    expect(decayWeight(-3, 14)).toBe(1);
  });

  it("adds decayed opens (each, at most 3), a click and a reply to the fit: 50 + 9 + 7 + 15 = 81", () => {
    const result = score(facts({ hasWebsite: false, rating: 4.5, reviewCount: 30, email: "a@b.cy" }), [
      // Opens 0, 14, 28 and 29 days ago: the newest three count, 5 × (1 + ½ + ¼) = 8.75 → 9.
      activity("EMAIL_OPENED", 0),
      activity("EMAIL_OPENED", 14),
      activity("EMAIL_OPENED", 28),
      activity("EMAIL_OPENED", 29),
      // A click 7 days ago: 10 × 2^(−7/14) = 7.07 → 7.
      activity("EMAIL_CLICKED", 7),
      // A reply (any inbound entry) 14 days ago: 30 × ½ = 15; it is also a touch, so no "no touch" penalty.
      activity("EMAIL", 14, { direction: "INBOUND" }),
    ]);
    expect(result.breakdown.filter((e) => e.kind === "ENGAGEMENT").map((e) => [e.ruleId, e.points, e.basePoints])).toEqual([
      ["opened", 9, 15],
      ["clicked", 7, 10],
      ["replied", 15, 30],
    ]);
    expect(result.score).toBe(81);
    expect(temperatureOf(result.score, SETTINGS)).toBe("HOT");
  });

  it("leaves out events outside the window (age ≥ window) and after now", () => {
    const result = score(facts(), [activity("EMAIL", 60, { direction: "INBOUND" }), activity("EMAIL_CLICKED", 30), activity("EMAIL_CLICKED", -1), activity("CALL", 1, { outcome: "BOOKED_CALL" })]);
    // Only the booked call 1 day ago: 35 × 2^(−1/14) = 33.3 → 33.
    expect(result.breakdown.map((e) => [e.ruleId, e.points])).toEqual([["booked-call", 33]]);
  });

  it("takes a bounce off and clamps the total at 100", () => {
    expect(score(facts({ hasWebsite: false }), [activity("EMAIL_BOUNCED", 0)]).score).toBe(5);
    const many = score(facts({ hasWebsite: false, rating: 5, reviewCount: 500, email: "x@y.cy", phone: "1" }), [activity("CALL", 0, { outcome: "BOOKED_CALL", direction: "INBOUND" })]);
    expect(many.breakdown.reduce((s, e) => s + e.points, 0)).toBe(60 + 35 + 30);
    expect(many.score).toBe(100);
  });

  it("applies 'no touch for 30 days' only to a lead older than 30 days with no touch inside them", () => {
    const old = facts({ hasWebsite: false, createdAt: daysAgo(40) });
    expect(score(old).score).toBe(25 - 10);
    // A touch 31 days ago is outside the window; an open is not a touch; a call 29 days ago is.
    expect(score(old, [activity("CALL", 31), activity("EMAIL_OPENED", 40)]).score).toBe(15);
    expect(score(old, [activity("CALL", 29)]).score).toBe(25);
    // A lead imported 20 days ago has not gone untouched for 30 days.
    expect(score(facts({ hasWebsite: false, createdAt: daysAgo(20) })).score).toBe(25);
  });
});

describe("rules an admin edits", () => {
  const rule = (over: Partial<ScoringRuleSpec>): ScoringRuleSpec => ({ id: "r", kind: "FIT", name: "R", subject: "niche", operator: "in", value: ["Restaurant", "cafe"], points: 20, windowDays: null, enabled: true, ...over });

  it("matches niche and city lists without case, and skips disabled rules", () => {
    expect(score(facts({ niche: " restaurant " }), [], [rule({})]).score).toBe(20);
    expect(score(facts({ niche: "Bakery" }), [], [rule({})]).score).toBe(0);
    expect(score(facts({ niche: "Bakery" }), [], [rule({ operator: "not_in" })]).score).toBe(20);
    expect(score(facts({ niche: null }), [], [rule({ operator: "not_in" })]).score).toBe(0);
    expect(score(facts({ city: null }), [], [rule({ subject: "city", operator: "empty", value: null })]).score).toBe(20);
    expect(score(facts({ niche: "cafe" }), [], [rule({ enabled: false })]).score).toBe(0);
    expect(score(facts({ websiteIssues: ["SLOW_LOADING"] }), [], [rule({ subject: "websiteIssues", operator: "includes", value: ["SLOW_LOADING", "OUTDATED"] })]).score).toBe(20);
    // An operator that is not the subject's never matches.
    expect(score(facts({ rating: 5 }), [], [rule({ subject: "rating", operator: "in", value: 4 })]).score).toBe(0);
  });

  it("uses the half-life from the settings", () => {
    const replied = [activity("SMS", 7, { direction: "INBOUND" })];
    const r = [rule({ kind: "ENGAGEMENT", subject: "REPLIED", operator: "any", value: null, points: 40, windowDays: 60 })];
    expect(computeScore({ rules: r, settings: { halfLifeDays: 7 }, facts: facts(), activities: replied, now: NOW }).score).toBe(20);
    expect(computeScore({ rules: r, settings: { halfLifeDays: 28 }, facts: facts(), activities: replied, now: NOW }).score).toBe(34); // 40 × 2^(−¼) = 33.6
  });
});

describe("temperature and override", () => {
  it("is HOT from the hot threshold, WARM from the warm one, else COLD", () => {
    expect([100, 70, 69, 40, 39, 0].map((s) => temperatureOf(s, SETTINGS))).toEqual(["HOT", "HOT", "WARM", "WARM", "COLD", "COLD"]);
    expect(temperatureOf(50, { hotThreshold: 50, warmThreshold: 20 })).toBe("HOT");
  });

  it("shows the override instead of the computed score while one is set", () => {
    expect(effectiveScore(81, null)).toBe(81);
    expect(effectiveScore(81, 20)).toBe(20);
    expect(effectiveScore(81, 0)).toBe(0);
  });
});

describe("rule and settings validation", () => {
  const valid = { kind: "FIT", name: "Rating", subject: "rating", operator: "gte", value: 4, points: 10 } as const;
  const errors = (input: unknown) => {
    const result = scoringRuleInputSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
  };

  it("accepts the default rules and refuses operators, operands and windows that do not fit the subject", () => {
    for (const rule of DEFAULT_SCORING_RULES) expect(errors({ ...rule, key: undefined })).toEqual([]);
    expect(errors(valid)).toEqual([]);
    expect(errors({ ...valid, subject: "toString" })).toEqual(["subject"]);
    expect(errors({ ...valid, subject: "__proto__" })).toEqual(["subject"]);
    expect(errors({ ...valid, operator: "any" })).toEqual(["operator"]);
    expect(errors({ ...valid, value: ["4"] })).toEqual(["value"]);
    expect(errors({ ...valid, windowDays: 30 })).toEqual(["windowDays"]);
    expect(errors({ ...valid, points: 101 })).toEqual(["points"]);
    expect(errors({ ...valid, subject: "websiteIssues", operator: "includes", value: ["BOGUS"] })).toEqual(["value"]);
    expect(errors({ kind: "ENGAGEMENT", name: "Opens", subject: "EMAIL_OPENED", operator: "each", value: 0, points: 5, windowDays: 30 })).toEqual(["value"]);
    expect(errors({ kind: "ENGAGEMENT", name: "Opens", subject: "EMAIL_OPENED", operator: "any", value: null, points: 5 })).toEqual(["windowDays"]);
    expect(errors({ kind: "ENGAGEMENT", name: "Idle", subject: "NO_TOUCH", operator: "any", value: null, points: -5, windowDays: 30 })).toEqual(["operator"]);
  });

  it("wants the warm threshold below the hot one and a half-life of 1–365 days", () => {
    expect(scoringSettingsSchema.safeParse({ halfLifeDays: 14, hotThreshold: 70, warmThreshold: 40 }).success).toBe(true);
    const bad = scoringSettingsSchema.safeParse({ halfLifeDays: 0, hotThreshold: 50, warmThreshold: 50 });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join("."))).toEqual(["halfLifeDays", "warmThreshold"]);
  });
});
