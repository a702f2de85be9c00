import { websiteDomain } from "@/lib/leads/normalize";
import { getDb } from "@/server/db";
import { containsText } from "@/server/services/text-filter";
import type { CompanyOption } from "./search-companies";

/**
 * Active companies that look like the same business as a lead: the same website domain, or a
 * name equal to the lead's name ignoring case. Offered when converting the lead, to link instead
 * of creating a duplicate. At most 5, by name.
 */
export async function findMatchingCompanies(lead: { name: string; website: string | null }): Promise<CompanyOption[]> {
  const domain = websiteDomain(lead.website);
  const name = lead.name.trim();
  const rows = await getDb().company.findMany({
    where: {
      deletedAt: null,
      OR: [...(domain ? [{ domain }] : []), ...(name ? [{ name: containsText(name) }] : [])],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, name: true, city: true, domain: true },
  });
  // containsText has no case-insensitive "equals" on SQLite, so exactness is checked here.
  return rows.filter((c) => (domain && c.domain === domain) || c.name.toLowerCase() === name.toLowerCase()).slice(0, 5);
}
