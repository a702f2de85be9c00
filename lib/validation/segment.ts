import { z } from "zod";
import { AUDIENCE_KINDS } from "@/lib/enums";
import { requiredText } from "./common";
import { contactListQuerySchema } from "./contact";
import { leadListQuerySchema } from "./lead-list";

/**
 * Audience filters a list page does not have: only records with an email address, and only those
 * with no outbound activity (email, call, DM…) for at least N days ("no touch for 30 days").
 */
const audienceExtras = {
  hasEmail: z.enum(["yes"]).optional().catch(undefined),
  noTouchDays: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
};

/** A leads segment's filters: the leads list's filters (lib/validation/lead-list.ts) plus audienceExtras. */
export const leadSegmentFiltersSchema = leadListQuerySchema.omit({ sort: true, dir: true, page: true, pageSize: true, hide: true }).extend(audienceExtras);
export type LeadSegmentFilters = z.output<typeof leadSegmentFiltersSchema>;

/** A contacts segment's filters: the contacts list's filters (lib/validation/contact.ts) plus audienceExtras. */
export const contactSegmentFiltersSchema = contactListQuerySchema.omit({ sort: true, dir: true, page: true, pageSize: true }).extend(audienceExtras);
export type ContactSegmentFilters = z.output<typeof contactSegmentFiltersSchema>;

/**
 * A segment as saved from a list page ("Save as segment"): a name, the list it filters and that
 * list's filters as in the URL (unknown keys are dropped, malformed values fall back to no filter,
 * as the list pages read them).
 */
export const segmentInputSchema = z.object({
  name: requiredText(120, "Name"),
  kind: z.enum(AUDIENCE_KINDS, { error: "Choose leads or contacts" }),
  filters: z.record(z.string(), z.union([z.string().max(200), z.array(z.string().max(200)).max(50)]), { error: "Filters must be an object" }).default({}),
});
export type SegmentInput = z.input<typeof segmentInputSchema>;

/** The filters of a segment of `kind`, parsed (stored JSON or form input alike). */
export function parseSegmentFilters(kind: (typeof AUDIENCE_KINDS)[number], filters: unknown): LeadSegmentFilters | ContactSegmentFilters {
  const source = typeof filters === "object" && filters !== null && !Array.isArray(filters) ? filters : {};
  return kind === "LEADS" ? leadSegmentFiltersSchema.parse(source) : contactSegmentFiltersSchema.parse(source);
}
