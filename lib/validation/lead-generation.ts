import { z } from "zod";
import { nextCronSlot } from "@/lib/jobs/cron-slots";
import { booleanish, isWebUrl, recordIdSchema, requiredText } from "./common";
import { IMPORT_FILE_TYPES, leadImportDedupeSchema, leadImportMappingSchema } from "./import";

/** A list given as an array or as text with one item per line (or comma-separated): trimmed, blanks and repeats dropped. */
function wordList(label: string, { min, max, itemMax }: { min: number; max: number; itemMax: number }) {
  return z
    .union([z.string(), z.array(z.string())], { error: `${label}: a list of words` })
    .transform((value) => (typeof value === "string" ? value.split(/[\n,]/) : value))
    .transform((items) => [...new Set(items.map((item) => item.trim().toLowerCase()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(itemMax, { error: `Each at most ${itemMax} characters` }).refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" }))
        .min(min, { error: `Enter at least ${min}` })
        .max(max, { error: `At most ${max}` }),
    );
}

/** A number from a form (text) or JSON within bounds (whole unless `int` is false). */
function numberIn({ min, max, int = true }: { min: number; max: number; int?: boolean }) {
  const base = z.coerce.number<string | number>({ error: "Enter a number" }).refine((v) => Number.isFinite(v), { error: "Enter a number" });
  return (int ? base.pipe(z.number().int({ error: "Enter a whole number" })) : base).pipe(
    z.number().min(min, { error: `At least ${min}` }).max(max, { error: `At most ${max}` }),
  );
}

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;
const numberLike = z.union([z.literal(""), z.null(), z.number(), z.string()], { error: "Enter a number" }).optional();

/** numberIn, `fallback` when blank or absent. */
const numberOr = (bounds: { min: number; max: number }, fallback: number) => numberLike.transform((v) => (isBlank(v) ? fallback : v)).pipe(numberIn(bounds));

/** numberIn, absent when blank. */
const optionalNumber = (bounds: { min: number; max: number; int?: boolean }) => numberLike.transform((v) => (isBlank(v) ? undefined : v)).pipe(numberIn(bounds).optional());

/** An absolute http(s) URL of at most 2,000 characters. */
export const sourceUrlSchema = z
  .string({ error: "Enter a URL" })
  .trim()
  .min(1, { error: "Enter a URL" })
  .max(2000, { error: "At most 2000 characters" })
  .refine(isWebUrl, { error: "Enter an http:// or https:// URL" });

/** A croner expression (5 or 6 fields) that has a next slot; blank means none. */
export const cronSchema = z
  .string({ error: "Enter a schedule" })
  .trim()
  .max(100, { error: "At most 100 characters" })
  .refine((cron) => {
    try {
      return nextCronSlot(cron, "UTC", new Date()) !== null;
    } catch {
      return false;
    }
  }, { error: 'Not a valid cron expression (e.g. "0 7 * * *" for 07:00 every day)' });

const optionalCron = z.union([z.literal(""), cronSchema]).nullish().transform((v) => v || null);

/**
 * A Google Maps run through a gosom google-maps-scraper server (its web API's job fields):
 * keywords (searches), language, centre (lat/lon in degrees), zoom (Google Maps' 1–21), radius in
 * metres, scroll depth, whether to visit websites for emails, and the most minutes the scrape may
 * take (gosom refuses less than 3).
 */
export const googleMapsRunSchema = z.object({
  keywords: wordList("Keywords", { min: 1, max: 20, itemMax: 120 }),
  lang: z.string().trim().regex(/^[a-z]{2}(-[a-zA-Z]{2})?$/, { error: 'A language code such as "en" or "el"' }).default("en"),
  lat: optionalNumber({ min: -90, max: 90, int: false }),
  lon: optionalNumber({ min: -180, max: 180, int: false }),
  zoom: numberOr({ min: 1, max: 21 }, 15),
  radius: numberOr({ min: 100, max: 100_000 }, 10_000),
  depth: numberOr({ min: 1, max: 20 }, 10),
  email: booleanish.optional().transform((v) => v ?? false),
  maxTimeMinutes: numberOr({ min: 3, max: 120 }, 10),
});
export type GoogleMapsRun = z.output<typeof googleMapsRunSchema>;
export type GoogleMapsRunInput = z.input<typeof googleMapsRunSchema>;

/**
 * A CSV or JSON file at a URL, read with a preset (its mapping and duplicate handling) or a mapping
 * of its own (the service requires one of them).
 */
export const urlImportSchema = z.object({
  url: sourceUrlSchema,
  /** Absent: detected from the file (JSON when it starts with "[" or "{"). */
    type: z.enum(IMPORT_FILE_TYPES, { error: "Choose CSV or JSON" }).nullish().transform((v) => v ?? null),
    preset: z.string().trim().max(40).nullish().transform((v) => v || null),
    mapping: leadImportMappingSchema.optional(),
    dedupe: leadImportDedupeSchema.optional(),
});
export type UrlImport = z.output<typeof urlImportSchema>;

export const MONITOR_KINDS = ["FEED", "REDDIT"] as const;

/** A keyword monitor: an RSS/Atom feed URL or a Reddit search query, its words, and an optional schedule. */
export const keywordMonitorInputSchema = z
  .object({
    name: requiredText(120, "Name"),
    kind: z.enum(MONITOR_KINDS, { error: "Choose a feed or a Reddit search" }),
    url: z.string({ error: "Enter a feed URL or a search" }).trim().min(1, { error: "Enter a feed URL or a search" }).max(2000, { error: "At most 2000 characters" }),
    keywords: wordList("Keywords", { min: 1, max: 50, itemMax: 80 }),
    negativeKeywords: wordList("Negative keywords", { min: 0, max: 50, itemMax: 80 }).optional().transform((v) => v ?? []),
    cron: optionalCron,
  })
  .superRefine((value, ctx) => {
    if (value.kind === "FEED" && !isWebUrl(value.url)) ctx.addIssue({ code: "custom", path: ["url"], message: "Enter the feed's http:// or https:// URL" });
    if (value.url.includes("\u0000")) ctx.addIssue({ code: "custom", path: ["url"], message: "Contains an invalid character" });
  });
export type KeywordMonitorInput = z.input<typeof keywordMonitorInputSchema>;
export type KeywordMonitorData = z.output<typeof keywordMonitorInputSchema>;

/** The lead-generation sources a job can be created for (website audits have their own bulk action). */
export const LEAD_SOURCES = ["google-maps", "keyword-monitor", "url-import"] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** POST /api/jobs and the panel's Run now: a source and its settings. */
export const leadGenerationJobSchema = z.discriminatedUnion(
  "source",
  [
    googleMapsRunSchema.extend({ source: z.literal("google-maps") }),
    z.object({ source: z.literal("keyword-monitor"), monitorId: recordIdSchema }),
    urlImportSchema.extend({ source: z.literal("url-import") }),
  ],
  { error: "source must be google-maps, keyword-monitor or url-import" },
);
export type LeadGenerationJobInput = z.input<typeof leadGenerationJobSchema>;

/** A recurring run: a source's settings and when (cron in the user's time zone). */
export const leadGenerationScheduleSchema = z.object({ cron: cronSchema, job: leadGenerationJobSchema });
export type LeadGenerationScheduleInput = z.input<typeof leadGenerationScheduleSchema>;

/** The panel's Google Maps form: a run, and a schedule that makes it recurring instead of running now. */
export const googleMapsRunFormSchema = googleMapsRunSchema.extend({ cron: optionalCron });
export type GoogleMapsRunFormInput = z.input<typeof googleMapsRunFormSchema>;

/** The panel's import-from-URL form: a URL and a preset, run now or on a schedule. */
export const urlImportFormSchema = z.object({
  url: sourceUrlSchema,
  preset: z.string({ error: "Choose a preset" }).trim().min(1, { error: "Choose a preset" }).max(40),
  cron: optionalCron,
});
export type UrlImportFormInput = z.input<typeof urlImportFormSchema>;
