import { z } from "zod";
import { DIRECTED_TYPES, LOGGABLE_ACTIVITY_TYPES, TIMED_TYPES } from "@/lib/activities/activity-types";
import { MAX_DURATION_SECONDS, parseDuration } from "@/lib/activities/duration";
import { isLocalDateTime } from "@/lib/activities/local-date-time";
import { ACTIVITY_TYPES, DIRECTIONS, OUTREACH_OUTCOMES, type ActivityType, type OutreachOutcome } from "@/lib/enums";
import { optionalDay, optionalId, optionalText } from "./common";
import { listSearchOf } from "./list-query";

/** An optional choice from a select: one of `values`; "" (the select's "none") and null become null. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .union([z.literal(""), z.enum(values)], { error })
    .nullish()
    .transform((v) => (v ? (v as T[number]) : null));

export const directionField = optionalChoice(DIRECTIONS, "Choose inbound or outbound");
export const outcomeField = optionalChoice(OUTREACH_OUTCOMES, "Unknown outcome");
export const activityBodyField = optionalText(10_000);

/** When it happened: a wall-clock time in the user's time zone ("2026-03-10T14:30"); blank means now. */
const occurredAtField = z
  .string({ error: "Use a date and time like 2026-03-10T14:30" })
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || isLocalDateTime(v), { error: "Use a date and time like 2026-03-10T14:30" });

/**
 * A call's or meeting's duration as typed: minutes ("5", "2.5") or "m:ss" / "h:mm:ss", at most
 * 24 hours. It stays text (so the parsed form parses again the same); parseDuration gives seconds.
 */
const durationField = z
  .union([z.string(), z.number()], { error: "Use minutes, or m:ss like 12:30" })
  .nullish()
  .transform((v) => (v === null || v === undefined ? "" : String(v).trim()) || null)
  .superRefine((text, ctx) => {
    if (text === null) return;
    const seconds = parseDuration(text);
    if (seconds === null) ctx.addIssue({ code: "custom", message: "Use minutes, or m:ss like 12:30" });
    else if (seconds > MAX_DURATION_SECONDS) ctx.addIssue({ code: "custom", message: "At most 24 hours" });
  });

/** The fields an activity's author can edit (the "Log activity" form without its links). */
const editableFields = {
  type: z.enum(LOGGABLE_ACTIVITY_TYPES, { error: "Choose a type" }),
  direction: directionField,
  outcome: outcomeField,
  subject: optionalText(200),
  body: activityBodyField,
  occurredAt: occurredAtField,
  duration: durationField,
};

type Editable = {
  type: ActivityType;
  direction: string | null;
  outcome: OutreachOutcome | null;
  body: string | null;
  duration: string | null;
};

/**
 * What every activity form shares: a note needs its text; a direction, an outcome or a duration
 * that does not apply to the type is dropped (a note has no direction or outcome; only calls and
 * meetings have a duration), so a form may keep hidden values.
 */
function normalizeForType<T extends Editable>(data: T, ctx: z.RefinementCtx): T {
  if (data.type === "NOTE" && !data.body) ctx.addIssue({ code: "custom", path: ["body"], message: "Write the note" });
  const directed = DIRECTED_TYPES.includes(data.type);
  return {
    ...data,
    direction: directed ? data.direction : null,
    outcome: directed ? data.outcome : null,
    duration: TIMED_TYPES.includes(data.type) ? data.duration : null,
  };
}

/**
 * A follow-up date sets the lead's next action, so it needs a lead. The outcome FOLLOW_UP_SET needs
 * a date; a date given without an outcome records FOLLOW_UP_SET.
 */
export function followUpRule<T extends { followUpDay: string | null; outcome: OutreachOutcome | null; leadId: string | null }>(data: T, ctx: z.RefinementCtx): T {
  if (data.followUpDay && !data.leadId) ctx.addIssue({ code: "custom", path: ["followUpDay"], message: "A follow-up date needs a lead" });
  if (data.outcome === "FOLLOW_UP_SET" && !data.followUpDay) ctx.addIssue({ code: "custom", path: ["followUpDay"], message: "Choose the follow-up date" });
  return data.followUpDay && !data.outcome ? { ...data, outcome: "FOLLOW_UP_SET" } : data;
}

/**
 * An activity logged from a record's page ("Log activity" or a note), or through the API. It
 * belongs to at least one record; `followUpDay` (a calendar day in the user's time zone) sets
 * the lead's next action date.
 */
export const activityInputSchema = z
  .object({
    ...editableFields,
    followUpDay: optionalDay,
    leadId: optionalId,
    contactId: optionalId,
    companyId: optionalId,
    dealId: optionalId,
  })
  .transform((data, ctx) => {
    if (!data.leadId && !data.contactId && !data.companyId && !data.dealId) {
      ctx.addIssue({ code: "custom", path: [], message: "Choose a lead, contact, company or deal" });
    }
    return followUpRule(normalizeForType(data, ctx), ctx);
  });

export type ActivityInput = z.input<typeof activityInputSchema>;
export type ActivityData = z.output<typeof activityInputSchema>;

/** Editing an activity: its own fields; which records it belongs to does not change. */
export const activityUpdateSchema = z.object(editableFields).transform((data, ctx) => normalizeForType(data, ctx));

export type ActivityUpdateInput = z.input<typeof activityUpdateSchema>;
export type ActivityUpdateData = z.output<typeof activityUpdateSchema>;

/** How many entries a timeline page shows. */
export const TIMELINE_PAGE_SIZE = 50;

/**
 * A record page's timeline view as held in the URL: `activity` — the types shown (repeat the key
 * for several; none: all) — and `before`, the cursor of the page (see lib/activities/timeline-cursor).
 * Malformed values are dropped, so an edited link still opens.
 */
export const timelineQuerySchema = z.object({
  activity: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(ACTIVITY_TYPES)).max(ACTIVITY_TYPES.length))
    .transform((types) => [...new Set(types)])
    .catch([]),
  before: z.string().max(100).optional().catch(undefined),
});

export type TimelineQuery = z.output<typeof timelineQuerySchema>;

/** Parses a record page's search params into its timeline view. */
export function parseTimelineQuery(params: Record<string, string | string[] | undefined>): TimelineQuery {
  return timelineQuerySchema.parse({ activity: params.activity, before: params.before });
}

/** The search string of a timeline view ("?activity=CALL&before=…" or ""). */
export const timelineSearch = listSearchOf(timelineQuerySchema);
