import { z } from "zod";
import { LEAD_IMPORT_FIELD_KEYS } from "@/lib/import/lead-fields";
import { recordIdSchema, requiredText } from "./common";

/** Largest CSV file accepted from the browser, in bytes (50 MiB). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** How much of the start of a file (bytes) the browser sends for the preview. */
export const PREVIEW_SAMPLE_BYTES = 1024 * 1024;

export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The kinds of file the lead import reads: CSV, or JSON (an array of objects, or JSON Lines). */
export const IMPORT_FILE_TYPES = ["csv", "json"] as const;

/**
 * How a file is read: its cell delimiter and whether the first row holds column names (CSV), and
 * its type (absent: CSV; for JSON the delimiter and header are ignored: the keys are the columns).
 */
export const csvFormatSchema = z.object({
  delimiter: z.enum(CSV_DELIMITERS, { error: "Choose comma, semicolon, tab or |" }),
  hasHeader: z.boolean({ error: "Must be yes or no" }),
  type: z.enum(IMPORT_FILE_TYPES, { error: "Choose CSV or JSON" }).optional(),
});
export type CsvFormat = z.infer<typeof csvFormatSchema>;

const fieldEnum = z.enum(LEAD_IMPORT_FIELD_KEYS, { error: "Unknown lead field" });

/**
 * A column mapping: lead field → source column (a header name, or "column.key" for a key of
 * JSON objects in that column), and lead field → default value used when the row has none.
 */
export const leadImportMappingSchema = z.object({
  columns: z.partialRecord(fieldEnum, z.string().trim().min(1).max(300, { error: "At most 300 characters" })).default({}),
  defaults: z
    .partialRecord(fieldEnum, z.string().trim().max(500, { error: "At most 500 characters" }))
    .default({})
    .transform((defaults) => Object.fromEntries(Object.entries(defaults).filter(([, value]) => value)) as typeof defaults),
});
export type LeadImportMapping = z.output<typeof leadImportMappingSchema>;

/** The keys duplicates are matched on: externalId, email, phone digits, website domain. */
export const LEAD_MATCH_KEYS = ["externalId", "email", "phone", "domain"] as const;
export type LeadMatchKey = (typeof LEAD_MATCH_KEYS)[number];

/** What happens to a row that matches a lead: skip it, update that lead, or create a new lead anyway. */
export const DEDUPE_MODES = ["skip", "update", "create"] as const;
export type DedupeMode = (typeof DEDUPE_MODES)[number];

export const leadImportDedupeSchema = z.object({
  match: z
    .array(z.enum(LEAD_MATCH_KEYS, { error: "Unknown duplicate key" }))
    .max(LEAD_MATCH_KEYS.length)
    .default([])
    .transform((keys) => [...new Set(keys)]),
  mode: z.enum(DEDUPE_MODES, { error: "Choose skip, update or create" }),
});
export type LeadImportDedupe = z.output<typeof leadImportDedupeSchema>;

const presetName = z.string().trim().max(40).nullish().transform((v) => v || null);

/** Everything a lead import job needs besides the file; stored as the job's config. */
export const leadImportSettingsSchema = z.object({
  fileName: z.string().trim().min(1, { error: "File name is required" }).max(255),
  format: csvFormatSchema,
  mapping: leadImportMappingSchema,
  dedupe: leadImportDedupeSchema,
  preset: presetName,
  /** Queue a website audit of the leads the import created once it succeeds. */
  auditWebsites: z.boolean().default(false),
});
export type LeadImportSettings = z.output<typeof leadImportSettingsSchema>;
export type LeadImportSettingsInput = z.input<typeof leadImportSettingsSchema>;

/**
 * A preview request: the first bytes of the file as text (`truncated` when the file goes on),
 * and optionally the format and mapping chosen so far (detected and suggested when absent).
 * `preset`: a preset's name to suggest its mapping, null for none, absent to detect one from the
 * columns.
 */
export const leadImportPreviewSchema = z.object({
  sample: z.string().max(PREVIEW_SAMPLE_BYTES, { error: "The preview sample is too large" }),
  truncated: z.boolean(),
  format: csvFormatSchema.optional(),
  mapping: leadImportMappingSchema.optional(),
  preset: z.string().trim().min(1).max(40).nullable().optional(),
});
export type LeadImportPreviewInput = z.input<typeof leadImportPreviewSchema>;

export const saveImportMappingSchema = z.object({
  name: requiredText(80, "Name"),
  mapping: leadImportMappingSchema,
});
export type SaveImportMappingInput = z.input<typeof saveImportMappingSchema>;

/** A job id from a URL. */
export const jobIdSchema = recordIdSchema;

/** The options of `npm run import -- <file> [--preset NAME] [--dedupe MODE] [--match KEYS]`. */
export const leadImportCliSchema = z.object({
  file: z.string({ error: "Name the CSV file to import" }).min(1, { error: "Name the CSV file to import" }),
  preset: z.string().trim().min(1).max(40).optional(),
  dedupe: z.enum(DEDUPE_MODES, { error: "--dedupe must be skip, update or create" }).optional(),
  match: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : v.split(",").map((key) => key.trim()).filter(Boolean)))
    .pipe(z.array(z.enum(LEAD_MATCH_KEYS, { error: "--match takes externalId, email, phone and domain" })).optional()),
});
