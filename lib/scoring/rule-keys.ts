import type { WebsiteIssue } from "@/lib/enums";

/**
 * The subjects and operators a ScoringRule may use (stored in ScoringRule.subject / .operator).
 * FIT rules look at a lead's fields; ENGAGEMENT rules at its timeline events within a window.
 * The keys are stored: rename one only with a migration of the rows that use it.
 */

/** How a FIT subject's value is compared. */
export type FitValueType = "number" | "boolean" | "issues" | "text";

/** Lead fields a FIT rule can test. */
export const FIT_SUBJECTS = {
  rating: { label: "Rating (stars)", type: "number" },
  reviewCount: { label: "Review count", type: "number" },
  hasWebsite: { label: "Has a website", type: "boolean" },
  websiteIssues: { label: "Website issues", type: "issues" },
  niche: { label: "Niche", type: "text" },
  city: { label: "City", type: "text" },
  hasEmail: { label: "Has an email address", type: "boolean" },
  hasPhone: { label: "Has a phone number", type: "boolean" },
} as const satisfies Record<string, { label: string; type: FitValueType }>;
export type FitSubject = keyof typeof FIT_SUBJECTS;

/** What an operator's operand is: none, a number, or a list of strings. */
export type OperandKind = "none" | "number" | "list";

/** The operators of each FIT value type, with the operand each takes. */
export const FIT_OPERATORS = {
  number: {
    gte: { label: "is at least", operand: "number" },
    lt: { label: "is below", operand: "number" },
    empty: { label: "is unknown", operand: "none" },
  },
  boolean: {
    is_true: { label: "yes", operand: "none" },
    is_false: { label: "no", operand: "none" },
  },
  issues: {
    any: { label: "has any issue", operand: "none" },
    includes: { label: "includes one of", operand: "list" },
    none: { label: "has no known issue", operand: "none" },
  },
  text: {
    in: { label: "is one of", operand: "list" },
    not_in: { label: "is none of", operand: "list" },
    empty: { label: "is unknown", operand: "none" },
  },
} as const satisfies Record<FitValueType, Record<string, { label: string; operand: OperandKind }>>;

/** Timeline events an ENGAGEMENT rule can count (see eventsOfActivity for what each is). */
export const ENGAGEMENT_SUBJECTS = {
  EMAIL_OPENED: { label: "Opened an email" },
  EMAIL_CLICKED: { label: "Clicked a link in an email" },
  REPLIED: { label: "Replied (any inbound message)" },
  BOOKED_CALL: { label: "Booked a call" },
  EMAIL_BOUNCED: { label: "Email bounced" },
  NO_TOUCH: { label: "No touch for N days" },
} as const satisfies Record<string, { label: string }>;
export type EngagementSubject = keyof typeof ENGAGEMENT_SUBJECTS;

/**
 * ENGAGEMENT operators:
 * - `any`: points once when at least one event is in the window, decayed by the newest one's age;
 * - `each`: points for each event in the window, each decayed by its own age, at most `value` events;
 * - `for_days` (NO_TOUCH only): points, not decayed, when the lead is older than the window and no
 *   touch falls in it.
 */
export const ENGAGEMENT_OPERATORS = {
  any: { label: "at least once", operand: "none" },
  each: { label: "for each (up to N)", operand: "number" },
  for_days: { label: "no touch in the window", operand: "none" },
} as const satisfies Record<string, { label: string; operand: OperandKind }>;
export type EngagementOperator = keyof typeof ENGAGEMENT_OPERATORS;

/** Longest look-back window of an ENGAGEMENT rule, in days. */
export const MAX_WINDOW_DAYS = 365;
/** Most events an `each` rule counts. */
export const MAX_EACH_COUNT = 50;

/** The operators allowed for a subject of a kind (empty for an unknown subject). */
export function operatorsFor(kind: "FIT" | "ENGAGEMENT", subject: string): Record<string, { label: string; operand: OperandKind }> {
  if (kind === "FIT") {
    const field = FIT_SUBJECTS[subject as FitSubject];
    return field ? FIT_OPERATORS[field.type] : {};
  }
  if (!(subject in ENGAGEMENT_SUBJECTS)) return {};
  if (subject === "NO_TOUCH") return { for_days: ENGAGEMENT_OPERATORS.for_days };
  return { any: ENGAGEMENT_OPERATORS.any, each: ENGAGEMENT_OPERATORS.each };
}

/** A lead's fields as FIT rules read them. */
export type LeadFacts = {
  rating: number | null;
  reviewCount: number | null;
  hasWebsite: boolean;
  websiteIssues: readonly WebsiteIssue[];
  niche: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  /** When the lead was created (NO_TOUCH needs it to be older than the window). */
  createdAt: Date;
};

/** Activity types that are a person's touch (outreach, a reply, a meeting), not a system entry or a note. */
const TOUCH_TYPES = new Set(["EMAIL", "CALL", "MEETING", "DM", "SMS", "WHATSAPP", "IN_PERSON", "OTHER"]);

/** One timeline entry as scoring reads it. */
export type ScoredActivity = { type: string; direction: string | null; outcome: string | null; occurredAt: Date };

/** The scoring events one activity is: an open, a click, a bounce, a reply (any inbound entry), a booked call, a touch. */
export function eventsOfActivity(activity: Pick<ScoredActivity, "type" | "direction" | "outcome">): Array<EngagementSubject | "TOUCH"> {
  const events: Array<EngagementSubject | "TOUCH"> = [];
  if (activity.type === "EMAIL_OPENED") events.push("EMAIL_OPENED");
  else if (activity.type === "EMAIL_CLICKED") events.push("EMAIL_CLICKED");
  else if (activity.type === "EMAIL_BOUNCED") events.push("EMAIL_BOUNCED");
  if (activity.direction === "INBOUND") events.push("REPLIED");
  if (activity.outcome === "BOOKED_CALL") events.push("BOOKED_CALL");
  if (activity.direction !== null || TOUCH_TYPES.has(activity.type)) events.push("TOUCH");
  return events;
}
