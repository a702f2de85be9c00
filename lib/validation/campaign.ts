import { z } from "zod";
import { CAMPAIGN_STATUSES } from "@/lib/enums";
import { filterText } from "./list-query";
import { recordIdSchema, requiredText } from "./common";
import { ALL_TEMPLATE_VARIANT_LABELS } from "./template";

/** One share of the A/B split: a variant (A = the template's own subject and body, B–D its variants) and its percentage. */
export const splitShareSchema = z.object({
  label: z.enum(ALL_TEMPLATE_VARIANT_LABELS, { error: "Choose variant A, B, C or D" }),
  percent: z.coerce.number({ error: "Enter a percentage" }).int({ error: "Whole percentages only" }).min(1, { error: "At least 1%" }).max(100, { error: "At most 100%" }),
});

/**
 * A campaign's form: a name, a template, the A/B split (1 to 4 distinct variants whose
 * percentages add up to 100; one variant at 100% sends the template as it is) and a segment.
 */
export const campaignInputSchema = z.object({
  name: requiredText(120, "Name"),
  templateId: recordIdSchema.or(z.literal("")).refine((v) => v !== "", { error: "Choose a template" }),
  segmentId: recordIdSchema.or(z.literal("")).refine((v) => v !== "", { error: "Choose a segment" }),
  split: z
    .array(splitShareSchema, { error: "Give the split as a list" })
    .min(1, { error: "Choose at least one variant" })
    .max(4, { error: "At most four variants" })
    .default([{ label: "A", percent: 100 }])
    .superRefine((split, ctx) => {
      if (new Set(split.map((s) => s.label)).size !== split.length) ctx.addIssue({ code: "custom", message: "Each variant once" });
      const sum = split.reduce((total, s) => total + s.percent, 0);
      if (sum !== 100) ctx.addIssue({ code: "custom", message: `The percentages add up to ${sum}, not 100` });
    }),
});
export type CampaignInput = z.input<typeof campaignInputSchema>;
export type CampaignData = z.output<typeof campaignInputSchema>;

/**
 * When to send: `sendAt` as a wall-clock time ("2026-03-10T09:30") in the sender's time zone, or
 * absent to send now.
 */
export const campaignSendSchema = z.object({
  sendAt: z
    .string({ error: "Must be text" })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Enter a date and time" })
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v || null),
});
export type CampaignSendInput = z.input<typeof campaignSendSchema>;

/** Send a test of a campaign's variant to yourself. */
export const campaignTestSendSchema = z.object({ variant: z.enum(ALL_TEMPLATE_VARIANT_LABELS).default("A") });

/** The campaigns list's filters (URL and API). */
export const campaignListQuerySchema = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional().catch(undefined),
  q: filterText,
});
export type CampaignListQuery = z.output<typeof campaignListQuerySchema>;
