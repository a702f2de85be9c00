import { z } from "zod";
import { TEMPERATURES, WEBSITE_ISSUES } from "@/lib/enums";
import { listSearchOf, numberBound, pageNumber, pageSize } from "./list-query";

/** Columns the leads list can sort by. */
export const LEAD_SORTS = ["createdAt", "updatedAt", "name", "score", "rating", "reviewCount", "nextActionAt", "city", "estimatedValue"] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];

export const LEAD_PAGE_SIZES = [25, 50, 100] as const;

/** Accepts one value or many (`?stage=a&stage=b` or `?stage=a,b`) and drops blanks. */
const many = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)))
    .pipe(z.array(item).max(50));

const yesNo = z.enum(["yes", "no"]).optional().catch(undefined);
const text = z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined);

/**
 * The leads list view as held in the URL: filters, sort and page. Unknown or malformed
 * values fall back to defaults instead of failing, so an edited bookmark still opens.
 */
export const leadListQuerySchema = z.object({
  view: z.enum(["active", "converted"]).catch("active").default("active"),
  q: text,
  stage: many(z.string().max(64)).catch([]),
  temperature: many(z.enum(TEMPERATURES)).catch([]),
  /** The stored score (0–100) from / to, inclusive. */
  scoreMin: numberBound(0, 100),
  scoreMax: numberBound(0, 100),
  niche: text,
  source: text,
  owner: text, // a user id, "me" or "none"
  city: text,
  country: text,
  hasWebsite: yesNo,
  websiteIssue: many(z.enum(WEBSITE_ISSUES)).catch([]),
  demoSite: yesNo,
  followUp: z.enum(["today", "overdue", "none"]).optional().catch(undefined),
  tag: many(z.string().max(40)).catch([]),
  /** Hidden table columns (view state only; not a filter). */
  hide: many(z.string().max(40)).catch([]),
  sort: z.enum(LEAD_SORTS).catch("createdAt").default("createdAt"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: pageNumber,
  pageSize: pageSize(LEAD_PAGE_SIZES, 50),
});

export type LeadListQuery = z.output<typeof leadListQuerySchema>;

/** Parses URL search params (as Next passes them to a page) into a LeadListQuery. */
export function parseLeadListQuery(params: Record<string, string | string[] | undefined>): LeadListQuery {
  return leadListQuerySchema.parse(params);
}

/** The URL search string for a query, omitting defaults, so views can be bookmarked. */
export const leadListSearch = listSearchOf(leadListQuerySchema);
