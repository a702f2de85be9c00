import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { contactRowSelect } from "./list-contacts";

/** What the list shows of a contact, its company id and the leads converted into it. */
const contactDetailSelect = {
  ...contactRowSelect,
  companyId: true,
  leads: {
    where: { convertedAt: { not: null } },
    orderBy: { convertedAt: "desc" },
    select: { id: true, name: true, convertedAt: true },
  },
} satisfies Prisma.ContactSelect;

export type ContactDetail = Prisma.ContactGetPayload<{ select: typeof contactDetailSelect }>;

/**
 * A contact with its company and the leads converted into it (its timeline: listTimeline).
 * Soft-deleted contacts are returned too (the page offers to restore them).
 * @throws NotFoundError for an unknown id.
 */
export async function getContact(contactId: string): Promise<ContactDetail> {
  assertRecordId(contactId, "Contact");
  const contact = await getDb().contact.findUnique({ where: { id: contactId }, select: contactDetailSelect });
  if (!contact) throw new NotFoundError("Contact");
  return contact;
}
