import type { ActivityType, OutreachOutcome } from "@/lib/enums";

/** Activities a user logs by hand (the "Log activity" form): communication, meetings and notes. */
export const LOGGABLE_ACTIVITY_TYPES = ["EMAIL", "CALL", "MEETING", "NOTE", "DM", "SMS", "WHATSAPP", "IN_PERSON", "OTHER"] as const satisfies readonly ActivityType[];
export type LoggableActivityType = (typeof LOGGABLE_ACTIVITY_TYPES)[number];

/**
 * Touches: the loggable types that are contact with someone (all but NOTE). An OUTBOUND touch is
 * outreach (docs/DESIGN.md: "Outreach is the set of outbound activities").
 */
export const TOUCH_TYPES = ["EMAIL", "CALL", "MEETING", "DM", "SMS", "WHATSAPP", "IN_PERSON", "OTHER"] as const satisfies readonly LoggableActivityType[];

/** What the quick "Log outreach" dialog offers (issue 4: email, call, DM, in person, other). */
export const OUTREACH_TYPES = ["EMAIL", "CALL", "DM", "IN_PERSON", "OTHER"] as const satisfies readonly LoggableActivityType[];
export type OutreachType = (typeof OUTREACH_TYPES)[number];

/** Types whose INBOUND entry is a reply from the lead (moves a New or Contacted lead to Replied). */
export const REPLY_TYPES: readonly ActivityType[] = ["EMAIL", "CALL", "DM", "SMS", "WHATSAPP"];

/** Types that carry a duration (calls and meetings). */
export const TIMED_TYPES: readonly ActivityType[] = ["CALL", "MEETING"];

/** Types that have a direction (inbound/outbound); a note or a system entry has none. */
export const DIRECTED_TYPES: readonly ActivityType[] = TOUCH_TYPES;

/**
 * Entries the system writes (a status change, a conversion, a completed task, email events from
 * the mail provider). They are history: nobody edits or deletes them.
 */
export const SYSTEM_ACTIVITY_TYPES = [
  "TASK_COMPLETED",
  "STAGE_CHANGED",
  "CONVERTED",
  "EMAIL_OPENED",
  "EMAIL_CLICKED",
  "EMAIL_BOUNCED",
] as const satisfies readonly ActivityType[];

/** Whether entries of `type` are written by the system (and so cannot be edited or deleted). */
export function isSystemActivity(type: ActivityType): boolean {
  return (SYSTEM_ACTIVITY_TYPES as readonly ActivityType[]).includes(type);
}

const TYPE_LABELS: Record<ActivityType, string> = {
  EMAIL: "Email",
  CALL: "Call",
  MEETING: "Meeting",
  NOTE: "Note",
  DM: "DM",
  SMS: "SMS",
  WHATSAPP: "WhatsApp",
  IN_PERSON: "In person",
  OTHER: "Other",
  TASK_COMPLETED: "Task completed",
  STAGE_CHANGED: "Status changed",
  EMAIL_OPENED: "Email opened",
  EMAIL_CLICKED: "Email clicked",
  EMAIL_BOUNCED: "Email bounced",
  CONVERTED: "Converted",
};

/** The label of an activity type ("DM", "WhatsApp", "Status changed"). */
export function activityTypeLabel(type: ActivityType): string {
  return TYPE_LABELS[type];
}

const OUTCOME_LABELS: Record<OutreachOutcome, string> = {
  CONTACTED: "Contacted",
  BOOKED_CALL: "Booked call",
  NO_RESPONSE: "No response",
  CLOSED_WON: "Closed won",
  CLOSED_LOST: "Closed lost",
  FOLLOW_UP_SET: "Follow-up set",
};

/** The label of an outreach outcome ("Booked call"). */
export function outcomeLabel(outcome: OutreachOutcome): string {
  return OUTCOME_LABELS[outcome];
}
