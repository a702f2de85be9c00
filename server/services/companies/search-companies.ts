import { getDb } from "@/server/db";
import { containsText } from "@/server/services/text-filter";

export type CompanyOption = { id: string; name: string; city: string | null; domain: string | null };

/** How many companies a picker shows at once. */
const PICKER_LIMIT = 20;

/**
 * Active (not deleted) companies whose name or domain contains `query`, ignoring case, by name;
 * the first PICKER_LIMIT companies when the query is blank. For company pickers.
 */
export async function searchCompanies(query: string): Promise<CompanyOption[]> {
  const q = query.replace(/\u0000/g, "").trim().slice(0, 100);
  return getDb().company.findMany({
    where: { deletedAt: null, ...(q ? { OR: [{ name: containsText(q) }, { domain: containsText(q) }] } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT,
    select: { id: true, name: true, city: true, domain: true },
  });
}
