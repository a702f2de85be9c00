import type { Temperature } from "@/lib/enums";
import type { ScoringSettings } from "@/lib/validation/scoring";
import { eventsOfActivity, FIT_SUBJECTS, type EngagementSubject, type FitSubject, type LeadFacts, type ScoredActivity } from "./rule-keys";

const DAY_MS = 86_400_000;

/** A scoring rule as computeScore reads it (a ScoringRule row). */
export type ScoringRuleSpec = {
  id: string;
  kind: "FIT" | "ENGAGEMENT";
  name: string;
  subject: string;
  operator: string;
  value: unknown;
  points: number;
  windowDays: number | null;
  enabled: boolean;
};

/** One line of "why this score": a rule that matched and the whole points it gave. */
export type ScoreBreakdownEntry = {
  ruleId: string;
  name: string;
  kind: "FIT" | "ENGAGEMENT";
  /** Points counted, after decay (engagement) and rounding to a whole number. */
  points: number;
  /** Engagement: the points before decay (the rule's points × the events counted). */
  basePoints?: number;
  /** Engagement: how many events counted and how old the newest was, e.g. "2 events, newest 3 days ago". */
  detail?: string;
};

/** A computed score: 0–100 and the rules behind it. */
export type ComputedScore = { score: number; breakdown: ScoreBreakdownEntry[] };

/**
 * The weight of an engagement event `ageDays` old: it halves every `halfLifeDays`
 * (exponential decay, 0.5^(age / half-life)); an event dated after `now` counts whole.
 */
export function decayWeight(ageDays: number, halfLifeDays: number): number {
  return ageDays <= 0 ? 1 : 0.5 ** (ageDays / halfLifeDays);
}

/** HOT at or above the hot threshold, WARM at or above the warm one, else COLD. */
export function temperatureOf(score: number, settings: Pick<ScoringSettings, "hotThreshold" | "warmThreshold">): Temperature {
  if (score >= settings.hotThreshold) return "HOT";
  if (score >= settings.warmThreshold) return "WARM";
  return "COLD";
}

/** The score a lead shows: the manual override when set, else the computed one. */
export function effectiveScore(computed: number, override: number | null): number {
  return override ?? computed;
}

const lower = (v: string) => v.trim().toLocaleLowerCase("en");
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function fitValue(facts: LeadFacts, subject: FitSubject): number | boolean | string | null | readonly string[] {
  switch (subject) {
    case "hasEmail":
      return !!facts.email;
    case "hasPhone":
      return !!facts.phone;
    default:
      return facts[subject];
  }
}

/** Whether a FIT rule holds for the lead (an unknown subject or operator never does). */
function fitMatches(rule: ScoringRuleSpec, facts: LeadFacts): boolean {
  if (!Object.hasOwn(FIT_SUBJECTS, rule.subject)) return false;
  const subject = rule.subject as FitSubject;
  const value = fitValue(facts, subject);
  switch (FIT_SUBJECTS[subject].type) {
    case "number": {
      const n = value as number | null;
      if (rule.operator === "empty") return n === null;
      if (n === null || typeof rule.value !== "number") return false;
      return rule.operator === "gte" ? n >= rule.value : rule.operator === "lt" ? n < rule.value : false;
    }
    case "boolean":
      return rule.operator === "is_true" ? value === true : rule.operator === "is_false" ? value === false : false;
    case "issues": {
      const issues = value as readonly string[];
      if (rule.operator === "any") return issues.length > 0;
      if (rule.operator === "none") return issues.length === 0;
      return rule.operator === "includes" && listOf(rule.value).some((issue) => issues.includes(issue));
    }
    case "text": {
      const text = typeof value === "string" && value.trim() ? lower(value) : null;
      if (rule.operator === "empty") return text === null;
      if (text === null) return false;
      const inList = listOf(rule.value).some((entry) => lower(entry) === text);
      return rule.operator === "in" ? inList : rule.operator === "not_in" ? !inList : false;
    }
  }
}

const ago = (days: number) => (days < 1 ? "today" : `${Math.floor(days)} day${Math.floor(days) === 1 ? "" : "s"} ago`);

/**
 * Scores one lead (issue 12): the sum of the points of every enabled rule that holds, each rule's
 * points rounded to a whole number, the total clamped to 0–100.
 * - FIT rules test the lead's fields (`facts`).
 * - ENGAGEMENT rules look at `activities` dated in (now − windowDays, now]: `any` gives the points
 *   once, `each` per event (at most `value` events, newest first); each event's points are
 *   multiplied by decayWeight(its age in days, settings.halfLifeDays). `for_days` (NO_TOUCH) gives
 *   its points, undecayed, when the lead was created at least windowDays ago and no touch falls in
 *   the window. Activities after `now` are not counted.
 * @param activities - the lead's timeline entries (any order; older than the longest window may be left out).
 * @param now - the instant scored (UTC).
 */
export function computeScore({
  rules,
  settings,
  facts,
  activities,
  now,
}: {
  rules: readonly ScoringRuleSpec[];
  settings: Pick<ScoringSettings, "halfLifeDays">;
  facts: LeadFacts;
  activities: readonly ScoredActivity[];
  now: Date;
}): ComputedScore {
  const nowMs = now.getTime();
  // Ages in days of each kind of event, newest first.
  const ages = new Map<EngagementSubject | "TOUCH", number[]>();
  for (const activity of activities) {
    const at = activity.occurredAt.getTime();
    if (at > nowMs) continue;
    for (const event of eventsOfActivity(activity)) {
      const list = ages.get(event);
      const age = (nowMs - at) / DAY_MS;
      if (list) list.push(age);
      else ages.set(event, [age]);
    }
  }
  for (const list of ages.values()) list.sort((a, b) => a - b);

  const breakdown: ScoreBreakdownEntry[] = [];
  let total = 0;
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (rule.kind === "FIT") {
      if (!fitMatches(rule, facts)) continue;
      breakdown.push({ ruleId: rule.id, name: rule.name, kind: "FIT", points: rule.points });
      total += rule.points;
      continue;
    }
    const window = rule.windowDays ?? 0;
    if (window <= 0) continue;
    if (rule.subject === "NO_TOUCH") {
      if (rule.operator !== "for_days") continue;
      const touched = (ages.get("TOUCH") ?? []).some((age) => age < window);
      if (touched || (nowMs - facts.createdAt.getTime()) / DAY_MS < window) continue;
      breakdown.push({ ruleId: rule.id, name: rule.name, kind: "ENGAGEMENT", points: rule.points, detail: `no touch in ${window} days` });
      total += rule.points;
      continue;
    }
    const inWindow = (ages.get(rule.subject as EngagementSubject) ?? []).filter((age) => age < window);
    if (!inWindow.length) continue;
    const counted = rule.operator === "any" ? inWindow.slice(0, 1) : rule.operator === "each" && typeof rule.value === "number" ? inWindow.slice(0, rule.value) : [];
    if (!counted.length) continue;
    const raw = counted.reduce((sum, age) => sum + rule.points * decayWeight(age, settings.halfLifeDays), 0);
    const points = Math.round(raw);
    breakdown.push({
      ruleId: rule.id,
      name: rule.name,
      kind: "ENGAGEMENT",
      points,
      basePoints: rule.points * counted.length,
      detail: `${counted.length} event${counted.length === 1 ? "" : "s"}, newest ${ago(counted[0])}`,
    });
    total += points;
  }
  return { score: Math.min(100, Math.max(0, total)), breakdown };
}
