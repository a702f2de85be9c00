import type { AudienceKind } from "@/lib/enums";
import { parseSegmentFilters, type ContactSegmentFilters, type LeadSegmentFilters } from "@/lib/validation/segment";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildContactWhere } from "@/server/services/contacts/build-contact-where";
import { buildLeadWhere } from "@/server/services/leads/build-lead-where";

/** A lead or contact a segment matches, with what a campaign email needs. */
export type AudienceMember = {
  leadId: string | null;
  contactId: string | null;
  name: string;
  /** As stored (not yet checked or normalized); null when it has none. */
  email: string | null;
  /** A contact whose email subscription is UNSUBSCRIBED. */
  unsubscribed: boolean;
};

const DAY_MS = 86_400_000;

/** "No touch for N days": no outbound activity since now − N days. */
function noTouchSince(filters: { noTouchDays?: number }, now: Date): Date | null {
  return filters.noTouchDays ? new Date(now.getTime() - filters.noTouchDays * DAY_MS) : null;
}

/**
 * Every lead or contact a segment's filters match — the list page's query (buildLeadWhere /
 * buildContactWhere) plus the audience filters "has email" and "no touch for N days" (no outbound
 * activity in that time) — in a stable order (created, then id), so the first recipients shown
 * and the batches sent follow the list.
 * @param viewer - whose id "owner = me" means and whose time zone defines "today" (the sender).
 * @param now - the clock, for "no touch" and follow-up filters.
 */
export async function findAudienceMembers({ kind, filters, viewer, now }: { kind: AudienceKind; filters: unknown; viewer: { id: string; timeZone: string }; now: Date }): Promise<AudienceMember[]> {
  const db = getDb();
  if (kind === "LEADS") {
    const parsed = parseSegmentFilters(kind, filters) as LeadSegmentFilters;
    const and: Prisma.LeadWhereInput[] = [await buildLeadWhere(parsed, viewer, now)];
    if (parsed.hasEmail) and.push({ email: { not: null } }, { NOT: { email: "" } });
    const since = noTouchSince(parsed, now);
    if (since) and.push({ activities: { none: { direction: "OUTBOUND", occurredAt: { gte: since } } } });
    const leads = await db.lead.findMany({ where: { AND: and }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } });
    return leads.map((lead) => ({ leadId: lead.id, contactId: null, name: lead.name, email: lead.email, unsubscribed: false }));
  }
  const parsed = parseSegmentFilters(kind, filters) as ContactSegmentFilters;
  const and: Prisma.ContactWhereInput[] = [buildContactWhere(parsed, viewer)];
  if (parsed.hasEmail) and.push({ email: { not: null } }, { NOT: { email: "" } });
  const since = noTouchSince(parsed, now);
  if (since) and.push({ activities: { none: { direction: "OUTBOUND", occurredAt: { gte: since } } } });
  const contacts = await db.contact.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true, email: true, emailStatus: true },
  });
  return contacts.map((c) => ({ leadId: null, contactId: c.id, name: [c.firstName, c.lastName].filter(Boolean).join(" "), email: c.email, unsubscribed: c.emailStatus === "UNSUBSCRIBED" }));
}
