import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { TIMELINE_LIMIT, timelineActivitySelect, type TimelineActivity } from "@/server/services/companies/get-company";

const contactDetailSelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  mobile: true,
  title: true,
  department: true,
  companyId: true,
  isPrimary: true,
  role: true,
  emailStatus: true,
  smsStatus: true,
  ownerId: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  company: { select: { id: true, name: true, deletedAt: true } },
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
  leads: {
    where: { convertedAt: { not: null } },
    orderBy: { convertedAt: "desc" },
    select: { id: true, name: true, convertedAt: true },
  },
} satisfies Prisma.ContactSelect;

export type ContactDetail = Prisma.ContactGetPayload<{ select: typeof contactDetailSelect }> & {
  /** The contact's activities (including those of leads converted into it), newest first. */
  activities: TimelineActivity[];
};

/**
 * A contact with its company, leads converted into it and its newest TIMELINE_LIMIT activities.
 * Soft-deleted contacts are returned too (the page offers to restore them).
 * @throws NotFoundError for an unknown id.
 */
export async function getContact(contactId: string): Promise<ContactDetail> {
  assertRecordId(contactId, "Contact");
  const db = getDb();
  const [contact, activities] = await Promise.all([
    db.contact.findUnique({ where: { id: contactId }, select: contactDetailSelect }),
    db.activity.findMany({
      where: { contactId },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT,
      select: timelineActivitySelect,
    }),
  ]);
  if (!contact) throw new NotFoundError("Contact");
  return { ...contact, activities };
}
