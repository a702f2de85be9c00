import type { TemplateListQuery } from "@/lib/validation/template-list";
import { getDb } from "@/server/db";
import { buildTemplateWhere } from "./build-template-where";
import { templateRowSelect, type TemplateRow } from "./template-record";

/** The most templates the templates page shows at once (a team has tens, not thousands). */
export const TEMPLATE_LIST_LIMIT = 500;

/**
 * The templates page: templates matching the filters, favourites first, then the most recently
 * updated (ties by id), at most TEMPLATE_LIST_LIMIT, with how many match in all. Every signed-in
 * user sees every template.
 */
export async function listTemplates(query: TemplateListQuery): Promise<{ rows: TemplateRow[]; total: number }> {
  const db = getDb();
  const where = buildTemplateWhere(query);
  const [rows, total] = await Promise.all([
    db.template.findMany({ where, orderBy: [{ favourite: "desc" }, { updatedAt: "desc" }, { id: "asc" }], take: TEMPLATE_LIST_LIMIT, select: templateRowSelect }),
    db.template.count({ where }),
  ]);
  return { rows, total };
}
