import { decodeTimelineCursor, encodeTimelineCursor } from "@/lib/activities/timeline-cursor";
import type { ActivityType } from "@/lib/enums";
import { TIMELINE_PAGE_SIZE, type TimelineQuery } from "@/lib/validation/activity";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { timelineEntrySelect, type TimelineEntry } from "./timeline-activity";

/** The record whose timeline is shown. */
export type TimelineSubject = { kind: "lead" | "contact" | "company" | "deal"; id: string };

/** One page of a record's timeline, newest first. */
export type TimelinePage = {
  entries: TimelineEntry[];
  /** The cursor of the next, older page; null on the last page. */
  olderCursor: string | null;
  /** Whether this page is an older one (not the newest), so the view can offer to go back. */
  isOlderPage: boolean;
  /** How many entries of each type the record has, most frequent first (for the type filter). */
  typeCounts: Array<{ type: ActivityType; count: number }>;
  /** How many entries the record has, of all types. */
  total: number;
};

const NAMES = { lead: "Lead", contact: "Contact", company: "Company", deal: "Deal" } as const;

/**
 * Which activities belong to a record: its own; for a company also those of its contacts (an
 * activity linked to a contact shows on the contact's company, including soft-deleted contacts'
 * history). The company's contact ids are read first so that both databases can answer from
 * the (companyId, occurredAt) and (contactId, occurredAt) indexes.
 */
async function subjectWhere(subject: TimelineSubject): Promise<Prisma.ActivityWhereInput> {
  switch (subject.kind) {
    case "lead":
      return { leadId: subject.id };
    case "contact":
      return { contactId: subject.id };
    case "deal":
      return { dealId: subject.id };
    case "company": {
      const contacts = await getDb().contact.findMany({ where: { companyId: subject.id }, select: { id: true } });
      return contacts.length ? { OR: [{ companyId: subject.id }, { contactId: { in: contacts.map((c) => c.id) } }] } : { companyId: subject.id };
    }
  }
}

/**
 * One page of a record's timeline: at most `pageSize` entries, newest first (ties by id), of the
 * types in `query.activity` (all when empty), older than the `query.before` cursor (a malformed
 * cursor means the newest page), with the per-type counts the filter shows.
 * @throws NotFoundError when the id cannot be a record id (the page has loaded the record itself).
 */
export async function listTimeline(subject: TimelineSubject, query: TimelineQuery, pageSize = TIMELINE_PAGE_SIZE): Promise<TimelinePage> {
  assertRecordId(subject.id, NAMES[subject.kind]);
  const db = getDb();
  const owned = await subjectWhere(subject);
  const cursor = decodeTimelineCursor(query.before);
  const where: Prisma.ActivityWhereInput = {
    AND: [
      owned,
      query.activity.length ? { type: { in: query.activity } } : {},
      // occurredAt ≤ t first, so the database walks its (…, occurredAt) index from the cursor.
      cursor ? { occurredAt: { lte: cursor.occurredAt }, OR: [{ occurredAt: { lt: cursor.occurredAt } }, { id: { lt: cursor.id } }] } : {},
    ],
  };
  const [rows, groups] = await Promise.all([
    db.activity.findMany({ where, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take: pageSize + 1, select: timelineEntrySelect }),
    db.activity.groupBy({ by: ["type"], where: owned, _count: { _all: true } }),
  ]);
  const entries = rows.slice(0, pageSize);
  const last = entries.at(-1);
  const typeCounts = groups.map((g) => ({ type: g.type, count: g._count._all })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    entries,
    olderCursor: rows.length > pageSize && last ? encodeTimelineCursor(last) : null,
    isOlderPage: cursor !== null,
    typeCounts,
    total: typeCounts.reduce((sum, g) => sum + g.count, 0),
  };
}
