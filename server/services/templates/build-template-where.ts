import type { TemplateListQuery } from "@/lib/validation/template-list";
import type { Prisma } from "@/server/generated/sqlite/client";
import { containsText } from "@/server/services/text-filter";

/**
 * The Prisma filter of the templates page's filters: category, subcategory, and text `q` in the
 * name, subject or body (ignoring case on both databases).
 */
export function buildTemplateWhere({ q, category, subcategory }: TemplateListQuery): Prisma.TemplateWhereInput {
  return {
    ...(category ? { category } : {}),
    ...(subcategory ? { subcategory } : {}),
    ...(q ? { OR: [{ name: containsText(q) }, { subject: containsText(q) }, { body: containsText(q) }] } : {}),
  };
}
