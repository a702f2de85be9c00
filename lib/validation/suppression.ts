import { z } from "zod";
import { emailAddressSchema } from "@/lib/email/email-address";
import { SUPPRESSION_REASONS } from "@/lib/enums";
import { optionalText, requiredText } from "./common";
import { filterText, listSearchOf, pageNumber, pageSize } from "./list-query";

/**
 * An address added to the suppression list by hand (reason MANUAL), from Settings → Suppression
 * or the REST API: the address (trimmed, lower-cased, a valid address) and an optional note.
 */
export const suppressionInputSchema = z.object({
  address: z.string({ error: "Enter an email address" }).refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" }).pipe(emailAddressSchema),
  note: optionalText(500),
});
export type SuppressionInput = z.input<typeof suppressionInputSchema>;

/** Why an address is taken off the suppression list (kept in the audit log). */
export const suppressionRemovalSchema = z.object({ reason: requiredText(500, "A reason") });
export type SuppressionRemoval = z.input<typeof suppressionRemovalSchema>;

export const SUPPRESSION_PAGE_SIZES = [50, 100, 200] as const;

/** The filters of the suppression list (page and API): text in the address or note, and the reason. */
export const suppressionFiltersSchema = z.object({
  q: filterText,
  reason: z.enum(SUPPRESSION_REASONS).optional().catch(undefined),
});
export type SuppressionFilters = z.output<typeof suppressionFiltersSchema>;

/**
 * The suppression page's view as held in the URL: filters and page (newest first). Malformed
 * values fall back to defaults, so an edited bookmark still opens.
 */
export const suppressionListQuerySchema = suppressionFiltersSchema.extend({
  page: pageNumber,
  pageSize: pageSize(SUPPRESSION_PAGE_SIZES, 50),
});
export type SuppressionListQuery = z.output<typeof suppressionListQuerySchema>;

/** Parses URL search params (as Next passes them to a page) into a SuppressionListQuery. */
export function parseSuppressionListQuery(params: Record<string, string | string[] | undefined>): SuppressionListQuery {
  return suppressionListQuerySchema.parse(params);
}

/** The URL search string of a (partial) query, defaults left out. */
export const suppressionListSearch = listSearchOf(suppressionListQuerySchema);
