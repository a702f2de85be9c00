import { z } from "zod";
import { TEMPERATURES, WEBSITE_ISSUES } from "@/lib/enums";
import { normalizeWebsite } from "@/lib/leads/normalize";
import { convertDealFields } from "./deal";
import { currencyCode, isWebUrl, optionalDay, recordIdSchema, optionalEmail, optionalId, optionalText, requiredText, tagNames } from "./common";

/**
 * Largest estimated value accepted, in major units: its minor units must fit the 32-bit
 * integer column (2,147,483,647 cents) on PostgreSQL.
 */
export const MAX_ESTIMATED_VALUE = 20_000_000;

/**
 * A lead as entered in the lead form, the REST API or an import row; the same schema runs
 * in the browser (react-hook-form) and in the service layer.
 * - `estimatedValue` is in **major** units (12.5 = €12.50); the service stores minor units.
 * - `nextActionDay` is a calendar day in the acting user's time zone.
 */
export const leadInputSchema = z.object({
  name: requiredText(200, "Business name"),
  contactName: optionalText(200),
  email: optionalEmail,
  phone: optionalText(50),
  website: optionalText(500)
    .transform(normalizeWebsite)
    .refine((v) => v === null || isWebUrl(v), { error: "Not a valid website address" }),
  hasWebsite: z.boolean({ error: "Must be yes or no" }).optional(),
  websiteIssues: z
    .array(z.enum(WEBSITE_ISSUES, { error: "Unknown website issue" }), { error: "Must be a list" })
    .max(WEBSITE_ISSUES.length)
    .default([])
    .transform((v) => [...new Set(v)]),
  demoSiteBuilt: z.boolean({ error: "Must be yes or no" }).default(false),
  niche: optionalText(120),
  source: optionalText(120),
  address: optionalText(300),
  city: optionalText(120),
  country: optionalText(120),
  rating: z
    .number({ error: "Must be a number" })
    .min(0, { error: "Between 0 and 5" })
    .max(5, { error: "Between 0 and 5" })
    .nullish()
    .transform((v) => v ?? null),
  reviewCount: z
    .number({ error: "Must be a number" })
    .int({ error: "Must be a whole number" })
    .min(0, { error: "Cannot be negative" })
    .max(100_000_000)
    .nullish()
    .transform((v) => v ?? null),
  mapsUrl: optionalText(1000).refine((v) => v === null || isWebUrl(v), { error: "Not a valid http(s) link" }),
  externalId: optionalText(200),
  // Score and temperature are computed by lead scoring (server/services/scoring); still parsed, so older
  // clients and CSVs that send them are checked, but no write uses them (see leadColumns).
  temperature: z.enum(TEMPERATURES, { error: "Choose hot, warm or cold" }).default("COLD"),
  score: z
    .number({ error: "Must be a number" })
    .int({ error: "Must be a whole number" })
    .min(0, { error: "Between 0 and 100" })
    .max(100, { error: "Between 0 and 100" })
    .default(0),
  nextActionDay: optionalDay,
  estimatedValue: z
    .number({ error: "Must be a number" })
    .min(0, { error: "Cannot be negative" })
    .max(MAX_ESTIMATED_VALUE, { error: "Too large" })
    .nullish()
    .transform((v) => v ?? null),
  currency: currencyCode.default("EUR"),
  notes: optionalText(10_000),
  stageId: optionalId,
  ownerId: optionalId,
  tags: tagNames,
});

export type LeadInput = z.input<typeof leadInputSchema>;
export type LeadData = z.output<typeof leadInputSchema>;

const leadIds = z.array(recordIdSchema, { error: "Choose leads" }).min(1, { error: "Choose at least one lead" }).max(1000);

/** A bulk action on selected leads from the leads list. */
export const bulkLeadActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("stage"), leadIds, stageId: recordIdSchema }),
    z.object({ action: z.literal("owner"), leadIds, ownerId: recordIdSchema.nullable() }),
    z.object({ action: z.literal("tag"), leadIds, tag: requiredText(40, "Tag") }),
    z.object({ action: z.literal("delete"), leadIds }),
  ],
  { error: "Unknown bulk action" },
);
export type BulkLeadAction = z.input<typeof bulkLeadActionSchema>;

/** Converting a lead: link to an existing company/contact or create them from the lead, and optionally create a deal. */
export const convertLeadSchema = z.object({
  leadId: recordIdSchema,
  companyId: optionalId,
  companyName: optionalText(200),
  contactId: optionalId,
  contactFirstName: optionalText(120),
  contactLastName: optionalText(120),
  contactEmail: optionalEmail,
  ...convertDealFields,
});
export type ConvertLeadInput = z.input<typeof convertLeadSchema>;

export const noteSchema = z.object({
  body: requiredText(10_000, "Note"),
});
