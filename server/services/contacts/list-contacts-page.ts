import type { ContactFilters } from "@/lib/validation/contact";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildContactWhere } from "./build-contact-where";
import { contactRowSelect, type ContactRow } from "./list-contacts";

/**
 * One keyset page of contacts matching the contacts list's filters (buildContactWhere), oldest
 * first by (createdAt, id), without a total count; served by Contact (deletedAt, createdAt).
 * @param viewer - the acting user (for "my contacts").
 */
export async function listContactsPage(viewer: { id: string }, { filters, page }: { filters: ContactFilters; page: KeysetPageRequest }): Promise<KeysetPage<ContactRow>> {
  const where = buildContactWhere(filters, viewer);
  return readKeysetPage(page, (take) => getDb().contact.findMany({ ...keysetFindArgs(where, page, take), select: contactRowSelect }));
}
