import { z } from "zod";
import { splitShareSchema } from "./campaign";
import { optionalId, recordIdSchema, requiredText } from "./common";
import { leadListQuerySchema } from "./lead-list";

export const SEQUENCE_STATUSES = ["DRAFT", "ACTIVE", "PAUSED", "ARCHIVED"] as const;
export type SequenceStatus = (typeof SEQUENCE_STATUSES)[number];

/** The channels of a manual task step. */
export const SEQUENCE_TASK_CHANNELS = ["EMAIL", "CALL", "WHATSAPP", "DM", "SMS"] as const;
export type SequenceTaskChannel = (typeof SEQUENCE_TASK_CHANNELS)[number];

/** Why an enrolment ended early (SequenceEnrolment.exitReason). */
export const SEQUENCE_EXIT_REASONS = ["REPLIED", "BOUNCED", "COMPLAINED", "UNSUBSCRIBED", "BOOKED_CALL", "WON", "LOST", "STAGE", "MANUAL"] as const;
export type SequenceExitReason = (typeof SEQUENCE_EXIT_REASONS)[number];

/** At most this many steps in a sequence. */
export const MAX_SEQUENCE_STEPS = 20;

const split = z
  .array(splitShareSchema, { error: "Give the split as a list" })
  .min(1, { error: "Choose at least one variant" })
  .max(4, { error: "At most four variants" })
  .superRefine((shares, ctx) => {
    if (new Set(shares.map((s) => s.label)).size !== shares.length) ctx.addIssue({ code: "custom", message: "Each variant once" });
    const sum = shares.reduce((total, s) => total + s.percent, 0);
    if (sum !== 100) ctx.addIssue({ code: "custom", message: `The percentages add up to ${sum}, not 100` });
  })
  .nullish()
  // Variant A alone is the template as it is: stored as no split.
  .transform((v) => (v && !(v.length === 1 && v[0].label === "A") ? v : null));

/** One step of the builder: an automatic email, a manual task, or a wait. */
export const sequenceStepSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("EMAIL"),
      templateId: recordIdSchema.or(z.literal("")).refine((v) => v !== "", { error: "Choose a template" }),
      split,
    }),
    z.object({
      kind: z.literal("TASK"),
      channel: z.enum(SEQUENCE_TASK_CHANNELS, { error: "Choose a channel" }),
      title: requiredText(200, "Task title"),
      /** The script or message, Liquid like templates ({{ lead.name }}); blank: the template's body, or none. */
      body: z
        .string({ error: "Must be text" })
        .max(5000, { error: "At most 5000 characters" })
        .refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" })
        .nullish()
        .transform((v) => v?.trim() || null),
      templateId: optionalId,
    }),
    z.object({
      kind: z.literal("WAIT"),
      waitDays: z.coerce.number({ error: "Enter a number of days" }).int({ error: "Whole days only" }).min(1, { error: "At least 1 day" }).max(365, { error: "At most 365 days" }),
      businessDays: z.boolean().default(false),
    }),
  ],
  { error: "Unknown step kind" },
);
export type SequenceStepInput = z.input<typeof sequenceStepSchema>;
export type SequenceStepData = z.output<typeof sequenceStepSchema>;

const hour = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `Enter the ${label} hour` }).int({ error: "Whole hours only" }).min(min, { error: `At least ${min}` }).max(max, { error: `At most ${max}` });

/**
 * A sequence as the builder and the API give it: a name, its steps in order, the send window (ISO
 * weekdays 1–7 and local hours [from, to), to ≤ 24), the daily cap per sender, the spacing between
 * automatic emails, and the lead stages that end an enrolment (Won and Lost always do).
 */
export const sequenceInputSchema = z
  .object({
    name: requiredText(120, "Name"),
    steps: z.array(sequenceStepSchema, { error: "Give the steps as a list" }).min(1, { error: "Add at least one step" }).max(MAX_SEQUENCE_STEPS, { error: `At most ${MAX_SEQUENCE_STEPS} steps` }),
    sendDays: z
      .array(z.coerce.number().int().min(1).max(7), { error: "Choose the days" })
      .min(1, { error: "Choose at least one day" })
      .max(7)
      .default([1, 2, 3, 4, 5])
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    sendFromHour: hour("start", 0, 23).default(9),
    sendToHour: hour("end", 1, 24).default(17),
    dailyCap: z.coerce.number({ error: "Enter a number" }).int({ error: "A whole number" }).min(1, { error: "At least 1" }).max(10_000, { error: "At most 10,000" }).default(100),
    spacingMinutes: z.coerce.number({ error: "Enter a number" }).int({ error: "Whole minutes" }).min(0, { error: "Cannot be negative" }).max(1440, { error: "At most 1440 (a day)" }).default(0),
    exitStageIds: z.array(recordIdSchema, { error: "Give the stages as a list" }).max(50).default([]),
  })
  .superRefine((data, ctx) => {
    if (data.sendToHour <= data.sendFromHour) ctx.addIssue({ code: "custom", path: ["sendToHour"], message: "The window must end after it starts" });
    if (data.steps.every((step) => step.kind === "WAIT")) ctx.addIssue({ code: "custom", path: ["steps"], message: "Add an email or a task step" });
  });
export type SequenceInput = z.input<typeof sequenceInputSchema>;
export type SequenceData = z.output<typeof sequenceInputSchema>;

/** Activate, pause or archive a sequence. */
export const sequenceStatusChangeSchema = z.object({ status: z.enum(["ACTIVE", "PAUSED", "ARCHIVED"], { error: "Choose active, paused or archived" }) });

const ids = (what: string) => z.array(recordIdSchema, { error: `Choose ${what}` }).max(1000, { error: "At most 1000 at once" });

/**
 * Whom to enrol: chosen leads and contacts by id, or every lead matching the leads list's filters
 * (`leadFilters`, as in the list's URL; at most 5,000 leads).
 */
const enrolFields = {
  leadIds: ids("leads").default([]),
  contactIds: ids("contacts").default([]),
  leadFilters: leadListQuerySchema.omit({ hide: true, sort: true, dir: true, page: true, pageSize: true }).nullish(),
};
const someone = (v: { leadIds: string[]; contactIds: string[]; leadFilters?: unknown }) => v.leadIds.length + v.contactIds.length > 0 || Boolean(v.leadFilters);

/** The REST API's enrol body (the sequence is in the path). */
export const enrolBodySchema = z.object(enrolFields).refine(someone, { error: "Choose whom to enrol", path: ["leadIds"] });

export const enrolInputSchema = z.object({ sequenceId: recordIdSchema, ...enrolFields }).refine(someone, { error: "Choose whom to enrol", path: ["leadIds"] });
export type EnrolInput = z.input<typeof enrolInputSchema>;
export type EnrolData = z.output<typeof enrolInputSchema>;

/** The sequences list's filters (URL and API). */
export const sequenceListQuerySchema = z.object({
  status: z.enum(SEQUENCE_STATUSES).optional().catch(undefined),
});
