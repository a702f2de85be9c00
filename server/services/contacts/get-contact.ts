import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { TIMELINE_LIMIT, timelineActivitySelect, type TimelineActivity } from "@/server/services/activities/timeline-activity";
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
