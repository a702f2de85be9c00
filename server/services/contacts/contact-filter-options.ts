import { recordIdSchema } from "@/lib/validation/common";
import { getDb } from "@/server/db";

export type ContactFilterOptions = { tags: string[]; company: { id: string; name: string } | null };

/**
 * What the contacts list filters offer: names of tags used on contacts (at most 500), and the
 * name of the company the list is filtered by, for the company picker to show.
 */
export async function getContactFilterOptions(companyId?: string): Promise<ContactFilterOptions> {
  const db = getDb();
  const [tags, company] = await Promise.all([
    db.tag.findMany({ where: { contacts: { some: {} } }, orderBy: { name: "asc" }, select: { name: true }, take: 500 }),
    companyId && recordIdSchema.safeParse(companyId).success ? db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true } }) : null,
  ]);
  return { tags: tags.map((t) => t.name), company };
}
