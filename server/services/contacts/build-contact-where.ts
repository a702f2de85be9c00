import type { ContactFilters } from "@/lib/validation/contact";
import type { Prisma } from "@/server/generated/sqlite/client";
import { containsText } from "@/server/services/text-filter";

/**
 * Translates a contacts list query into a Prisma `where`. Every word of the text search must
 * match the first name, last name or email, ignoring case on both databases, so "anna smith"
 * finds Anna Smith. `company` is a company id or "none"; `role` a contact role or "none" (no role);
 * role PRIMARY also finds contacts flagged as their company's primary contact.
 * @param viewer - the user whose id "me" means.
 */
export function buildContactWhere(query: ContactFilters, viewer: { id: string }): Prisma.ContactWhereInput {
  const and: Prisma.ContactWhereInput[] = [{ deletedAt: query.view === "deleted" ? { not: null } : null }];
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 5)) {
    and.push({ OR: [{ firstName: containsText(word) }, { lastName: containsText(word) }, { email: containsText(word) }] });
  }
  if (query.company === "none") and.push({ companyId: null });
  else if (query.company) and.push({ companyId: query.company });
  if (query.role === "none") and.push({ role: null });
  else if (query.role === "PRIMARY") and.push({ OR: [{ role: "PRIMARY" }, { isPrimary: true }] });
  else if (query.role) and.push({ role: query.role });
  if (query.owner === "me") and.push({ ownerId: viewer.id });
  else if (query.owner === "none") and.push({ ownerId: null });
  else if (query.owner) and.push({ ownerId: query.owner });
  if (query.tag.length) and.push({ tags: { some: { name: { in: query.tag } } } });
  return { AND: and };
}
