import type { TemplateListQuery } from "@/lib/validation/template-list";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildTemplateWhere } from "./build-template-where";
import { templateRowSelect, type TemplateRow } from "./template-record";

/**
 * One keyset page of templates matching the templates page's filters, oldest first by
 * (createdAt, id), without a total count (the REST API's list).
 */
export async function listTemplatesPage({ filters, page }: { filters: TemplateListQuery; page: KeysetPageRequest }): Promise<KeysetPage<TemplateRow>> {
  const where = buildTemplateWhere(filters);
  return readKeysetPage(page, (take) => getDb().template.findMany({ ...keysetFindArgs(where, page, take), select: templateRowSelect }));
}
