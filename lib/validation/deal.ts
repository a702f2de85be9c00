import { z } from "zod";
import { currencyCode, optionalDay, optionalId, optionalText, requiredText, tagNames } from "./common";
import { filterText, listSearchOf, pageNumber, pageSize, tagFilter } from "./list-query";

/**
 * Largest deal value accepted, in major units: like a lead's estimated value, its minor units
 * must fit the 32-bit integer column (2,147,483,647 cents) on PostgreSQL.
 */
export const MAX_DEAL_VALUE = 20_000_000;

/** A deal value in **major** units (12.5 = €12.50), 0 to MAX_DEAL_VALUE. */
const dealAmount = z.number({ error: "Must be a number" }).min(0, { error: "Cannot be negative" }).max(MAX_DEAL_VALUE, { error: "Too large" });

/**
 * A deal as entered in the deal form; the same schema runs in the browser (react-hook-form) and
 * in the service layer.
 * - `value` is in **major** units; the service stores minor units.
 * - `probability` is a win probability override in percent (0–100); null means "the stage's
 *   default", which then follows the stage.
 * - `expectedCloseDay` is a calendar day in the acting user's time zone.
 * - `leadId` is the lead the deal came from (set when converting or creating from a lead page).
 */
export const dealInputSchema = z.object({
  title: requiredText(200, "Title"),
  value: dealAmount.nullish().transform((v) => v ?? 0),
  currency: currencyCode.default("EUR"),
  probability: z
    .number({ error: "Must be a number" })
    .int({ error: "Must be a whole number" })
    .min(0, { error: "Between 0 and 100" })
    .max(100, { error: "Between 0 and 100" })
    .nullish()
    .transform((v) => v ?? null),
  expectedCloseDay: optionalDay,
  companyId: optionalId,
  contactId: optionalId,
  leadId: optionalId,
  ownerId: optionalId,
  tags: tagNames,
});
export type DealInput = z.input<typeof dealInputSchema>;
export type DealData = z.output<typeof dealInputSchema>;

/**
 * A new deal: the deal fields plus where it starts. `stageId` must be an open stage of
 * `pipelineId`; without it the deal starts in the pipeline's first open stage, and without a
 * pipeline in the default deal pipeline. Stage changes after that go through the deal page or
 * the board (moveDeal).
 */
export const newDealSchema = dealInputSchema.extend({
  pipelineId: optionalId,
  stageId: optionalId,
});
export type NewDealInput = z.input<typeof newDealSchema>;
export type NewDealData = z.output<typeof newDealSchema>;

/**
 * The optional "Create a deal" part of the lead conversion form (spread into convertLeadSchema).
 * Blank title and value default to the lead's name and estimated value; no stage means the
 * default deal pipeline's first open stage.
 */
export const convertDealFields = {
  createDeal: z.boolean({ error: "Must be yes or no" }).default(false),
  dealTitle: optionalText(200),
  dealValue: dealAmount.nullish().transform((v) => v ?? null),
  dealCurrency: currencyCode.nullish().transform((v) => v ?? null),
  dealStageId: optionalId,
};

/** A reason given when marking a deal won or lost. */
export const closeReasonSchema = z.object({ reason: requiredText(500, "Reason") });

/** Deal status as the list filters it: the kind of its stage. */
export const DEAL_STATUSES = ["open", "won", "lost"] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Columns the deals list can sort by. */
export const DEAL_SORTS = ["createdAt", "updatedAt", "title", "value", "weightedValue", "probability", "expectedCloseAt", "stageChangedAt"] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

export const DEAL_PAGE_SIZES = [25, 50, 100] as const;

/** A "YYYY-MM-DD" day from the URL; anything else is dropped. */
const dayFilter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)))
  .optional()
  .catch(undefined);

/**
 * The deals list view as held in the URL: filters, sort and page. Unknown or malformed values
 * fall back to defaults instead of failing, so an edited bookmark still opens.
 * - `pipeline`, `stage`: ids; `owner`: a user id, "me" or "none"; `status`: open, won or lost.
 * - `closeFrom`/`closeTo`: expected close days (inclusive) in the viewer's time zone.
 */
export const dealListQuerySchema = z.object({
  q: filterText,
  pipeline: filterText,
  stage: filterText,
  owner: filterText,
  status: z.enum(DEAL_STATUSES).optional().catch(undefined),
  tag: tagFilter,
  closeFrom: dayFilter,
  closeTo: dayFilter,
  /** Hidden table columns (view state only; not a filter). */
  hide: tagFilter,
  sort: z.enum(DEAL_SORTS).catch("createdAt").default("createdAt"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: pageNumber,
  pageSize: pageSize(DEAL_PAGE_SIZES, 50),
});

export type DealListQuery = z.output<typeof dealListQuerySchema>;
/** The filters of a deals list query (shared by the list and CSV export). */
export type DealFilters = Omit<DealListQuery, "sort" | "dir" | "page" | "pageSize" | "hide">;

/** Parses URL search params (as Next passes them to a page) into a DealListQuery. */
export function parseDealListQuery(params: Record<string, string | string[] | undefined>): DealListQuery {
  return dealListQuerySchema.parse(params);
}

/** The URL search string for a query, omitting defaults, so views can be bookmarked. */
export const dealListSearch = listSearchOf(dealListQuerySchema);
