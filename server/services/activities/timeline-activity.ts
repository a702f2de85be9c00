import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";

/** The columns of one timeline entry: what happened, when, who did it and the records it concerned. */
export const timelineRowSelect = {
  id: true,
  type: true,
  direction: true,
  outcome: true,
  durationSeconds: true,
  subject: true,
  body: true,
  occurredAt: true,
  authorId: true,
  leadId: true,
  contactId: true,
  dealId: true,
} satisfies Prisma.ActivitySelect;

type TimelineRow = Prisma.ActivityGetPayload<{ select: typeof timelineRowSelect }>;

/**
 * One timeline entry: type, direction, outcome, duration, subject, text, when, the author's name,
 * and the lead, contact and deal it concerned (a company's or contact's page names them).
 */
export type TimelineEntry = Omit<TimelineRow, "leadId" | "contactId" | "dealId"> & {
  author: { name: string } | null;
  lead: { id: string; name: string } | null;
  contact: { id: string; firstName: string; lastName: string | null } | null;
  deal: { id: string; title: string } | null;
};

const distinct = (ids: Array<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];

/**
 * Adds to timeline rows the names of their author, lead, contact and deal, reading each kind of
 * record once for the whole page and only when some row links one (Prisma's relation select reads
 * every relation for every page, which made the related records most of a timeline query's time).
 */
export async function withTimelineRelations(rows: TimelineRow[]): Promise<TimelineEntry[]> {
  const db = getDb();
  const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
  const [authorIds, leadIds, contactIds, dealIds] = [distinct(rows.map((r) => r.authorId)), distinct(rows.map((r) => r.leadId)), distinct(rows.map((r) => r.contactId)), distinct(rows.map((r) => r.dealId))];
  const [authors, leads, contacts, deals] = await Promise.all([
    authorIds.length ? db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }).then(byId) : new Map<string, { name: string }>(),
    leadIds.length ? db.lead.findMany({ where: { id: { in: leadIds } }, select: { id: true, name: true } }).then(byId) : new Map<string, { id: string; name: string }>(),
    contactIds.length
      ? db.contact.findMany({ where: { id: { in: contactIds } }, select: { id: true, firstName: true, lastName: true } }).then(byId)
      : new Map<string, { id: string; firstName: string; lastName: string | null }>(),
    dealIds.length ? db.deal.findMany({ where: { id: { in: dealIds } }, select: { id: true, title: true } }).then(byId) : new Map<string, { id: string; title: string }>(),
  ]);
  return rows.map(({ leadId, contactId, dealId, ...row }) => {
    const author = row.authorId ? authors.get(row.authorId) : undefined;
    return {
      ...row,
      author: author ? { name: author.name } : null,
      lead: (leadId && leads.get(leadId)) || null,
      contact: (contactId && contacts.get(contactId)) || null,
      deal: (dealId && deals.get(dealId)) || null,
    };
  });
}
