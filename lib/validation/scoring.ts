import { z } from "zod";
import { WEBSITE_ISSUES } from "@/lib/enums";
import { ENGAGEMENT_SUBJECTS, FIT_SUBJECTS, MAX_EACH_COUNT, MAX_WINDOW_DAYS, operatorsFor } from "@/lib/scoring/rule-keys";
import { requiredText } from "./common";

/** Setting "scoring": how fast engagement points fade and where HOT and WARM begin. */
export const scoringSettingsSchema = z
  .object({
    /** Engagement points halve every this many days. */
    halfLifeDays: z.number({ error: "Must be a number" }).int({ error: "Must be a whole number" }).min(1, { error: "At least 1 day" }).max(365, { error: "At most 365 days" }),
    /** A score at or above this is HOT. */
    hotThreshold: z.number({ error: "Must be a number" }).int({ error: "Must be a whole number" }).min(1, { error: "Between 1 and 100" }).max(100, { error: "Between 1 and 100" }),
    /** A score at or above this (and below hot) is WARM. */
    warmThreshold: z.number({ error: "Must be a number" }).int({ error: "Must be a whole number" }).min(1, { error: "Between 1 and 100" }).max(100, { error: "Between 1 and 100" }),
  })
  .refine((s) => s.warmThreshold < s.hotThreshold, { error: "Must be below the hot threshold", path: ["warmThreshold"] });
export type ScoringSettings = z.output<typeof scoringSettingsSchema>;
export type ScoringSettingsInput = z.input<typeof scoringSettingsSchema>;

/** The settings used until an admin saves others. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = { halfLifeDays: 14, hotThreshold: 70, warmThreshold: 40 };

const listItem = z
  .string({ error: "Must be text" })
  .trim()
  .min(1, { error: "Empty entry" })
  .max(120, { error: "At most 120 characters" })
  .refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" });

/**
 * A scoring rule as the Settings → Scoring form and the API send it. The operator must be one of
 * the subject's (lib/scoring/rule-keys.ts) and `value` the operand it takes: a number (rating,
 * review count, the N of `each`), a list of strings (niches, cities, website issues), or null.
 * ENGAGEMENT rules need `windowDays`; FIT rules have none.
 */
export const scoringRuleInputSchema = z
  .object({
    kind: z.enum(["FIT", "ENGAGEMENT"], { error: "Choose fit or engagement" }),
    name: requiredText(120, "Name"),
    subject: z.string({ error: "Choose what the rule looks at" }).max(40),
    operator: z.string({ error: "Choose an operator" }).max(40),
    value: z.union([z.number({ error: "Must be a number" }).finite(), z.array(listItem, { error: "Must be a list" }).max(50, { error: "At most 50 entries" }), z.null()], { error: "Must be a number, a list or empty" }).nullish().transform((v) => v ?? null),
    points: z.number({ error: "Must be a number" }).int({ error: "Must be a whole number" }).min(-100, { error: "Between -100 and 100" }).max(100, { error: "Between -100 and 100" }),
    windowDays: z.number({ error: "Must be a number" }).int({ error: "Must be a whole number" }).min(1, { error: `Between 1 and ${MAX_WINDOW_DAYS}` }).max(MAX_WINDOW_DAYS, { error: `Between 1 and ${MAX_WINDOW_DAYS}` }).nullish().transform((v) => v ?? null),
    enabled: z.boolean({ error: "Must be yes or no" }).default(true),
  })
  .superRefine((rule, ctx) => {
    const subjects: Record<string, unknown> = rule.kind === "FIT" ? FIT_SUBJECTS : ENGAGEMENT_SUBJECTS;
    if (!Object.hasOwn(subjects, rule.subject)) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: "Unknown subject for this kind of rule" });
      return;
    }
    const operators = operatorsFor(rule.kind, rule.subject);
    const operator = Object.hasOwn(operators, rule.operator) ? operators[rule.operator] : undefined;
    if (!operator) {
      ctx.addIssue({ code: "custom", path: ["operator"], message: "Not an operator of this subject" });
      return;
    }
    if (operator.operand === "number") {
      if (typeof rule.value !== "number") ctx.addIssue({ code: "custom", path: ["value"], message: "Enter a number" });
      else if (rule.kind === "ENGAGEMENT" && (!Number.isInteger(rule.value) || rule.value < 1 || rule.value > MAX_EACH_COUNT)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: `A whole number from 1 to ${MAX_EACH_COUNT}` });
      } else if (rule.value < 0 || rule.value > 100_000_000) ctx.addIssue({ code: "custom", path: ["value"], message: "Out of range" });
    } else if (operator.operand === "list") {
      if (!Array.isArray(rule.value) || rule.value.length === 0) ctx.addIssue({ code: "custom", path: ["value"], message: "Enter at least one entry" });
      else if (rule.subject === "websiteIssues" && rule.value.some((v) => !(WEBSITE_ISSUES as readonly string[]).includes(v))) {
        ctx.addIssue({ code: "custom", path: ["value"], message: "Unknown website issue" });
      }
    } else if (rule.value !== null) ctx.addIssue({ code: "custom", path: ["value"], message: "This operator takes no value" });
    if (rule.kind === "ENGAGEMENT" && rule.windowDays === null) ctx.addIssue({ code: "custom", path: ["windowDays"], message: "Enter the window in days" });
    if (rule.kind === "FIT" && rule.windowDays !== null) ctx.addIssue({ code: "custom", path: ["windowDays"], message: "Only engagement rules have a window" });
  });
export type ScoringRuleInput = z.input<typeof scoringRuleInputSchema>;
export type ScoringRuleData = z.output<typeof scoringRuleInputSchema>;

/** A manual score that replaces the computed one, with the reason (required). */
export const scoreOverrideSchema = z.object({
  score: z.number({ error: "Must be a number" }).int({ error: "Must be a whole number" }).min(0, { error: "Between 0 and 100" }).max(100, { error: "Between 0 and 100" }),
  note: requiredText(500, "A note"),
});
export type ScoreOverrideInput = z.input<typeof scoreOverrideSchema>;

/** A new order of the rules: every rule id once. */
export const scoringRuleOrderSchema = z.array(z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "Not a valid id" }), { error: "Must be a list" }).max(500);

/** Filters of the scoring rules list (API): `kind` FIT or ENGAGEMENT. */
export const scoringRuleListQuerySchema = z.object({
  kind: z.enum(["FIT", "ENGAGEMENT"]).optional().catch(undefined),
});
export type ScoringRuleListQuery = z.output<typeof scoringRuleListQuerySchema>;
