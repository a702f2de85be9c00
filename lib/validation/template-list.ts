import { z } from "zod";
import { TEMPLATE_CATEGORIES, TEMPLATE_SUBCATEGORIES } from "@/lib/enums";
import { filterText, listSearchOf } from "./list-query";

/**
 * The templates page's filters as held in the URL: `q` (text in the name, subject or body),
 * `category` and `subcategory`. Malformed values fall back to "no filter", so an edited bookmark
 * still opens.
 */
export const templateListQuerySchema = z.object({
  q: filterText,
  category: z.enum(TEMPLATE_CATEGORIES).optional().catch(undefined),
  subcategory: z.enum(TEMPLATE_SUBCATEGORIES).optional().catch(undefined),
});

export type TemplateListQuery = z.output<typeof templateListQuerySchema>;

/** Parses URL search params (as Next passes them to a page) into a TemplateListQuery. */
export function parseTemplateListQuery(params: Record<string, string | string[] | undefined>): TemplateListQuery {
  return templateListQuerySchema.parse(params);
}

/** The URL search string for a (partial) query, omitting defaults. */
export const templateListSearch = listSearchOf(templateListQuerySchema);
