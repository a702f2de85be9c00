import { getDb } from "@/server/db";
import { containsText } from "@/server/services/text-filter";

export type SearchHit = { kind: "lead" | "company" | "contact"; id: string; title: string; subtitle: string | null; href: string };

/** How many hits of each kind the global search returns. */
const PER_KIND = 6;

/**
 * The global (Ctrl/Cmd+K) search over leads, companies and contacts: leads by name, contact,
 * email, phone or website; companies by name or domain; contacts by name or email. Deleted
 * companies and contacts are left out.
 * @param query - at least 2 characters after trimming, else no hits.
 */
export async function searchRecords(query: string): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const db = getDb();
  const [leads, companies, contacts] = await Promise.all([
    db.lead.findMany({
      where: { searchText: { contains: q.toLowerCase() } },
      orderBy: { updatedAt: "desc" },
      take: PER_KIND,
      select: { id: true, name: true, city: true, email: true },
    }),
    db.company.findMany({
      where: { deletedAt: null, OR: [{ name: containsText(q) }, { domain: containsText(q) }] },
      orderBy: { name: "asc" },
      take: PER_KIND,
      select: { id: true, name: true, city: true },
    }),
    db.contact.findMany({
      where: {
        deletedAt: null,
        OR: [{ firstName: containsText(q) }, { lastName: containsText(q) }, { email: containsText(q) }],
      },
      orderBy: { firstName: "asc" },
      take: PER_KIND,
      select: { id: true, firstName: true, lastName: true, email: true, company: { select: { name: true } } },
    }),
  ]);
  return [
    ...leads.map((l) => ({ kind: "lead" as const, id: l.id, title: l.name, subtitle: l.city ?? l.email, href: `/leads/${l.id}` })),
    ...companies.map((c) => ({ kind: "company" as const, id: c.id, title: c.name, subtitle: c.city, href: `/companies/${c.id}` })),
    ...contacts.map((c) => ({
      kind: "contact" as const,
      id: c.id,
      title: [c.firstName, c.lastName].filter(Boolean).join(" "),
      subtitle: c.company?.name ?? c.email,
      href: `/contacts/${c.id}`,
    })),
  ];
}
