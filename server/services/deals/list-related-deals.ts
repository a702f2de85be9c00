import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";

/** At most this many deals are listed on a company's, contact's or lead's page. */
export const RELATED_DEALS_LIMIT = 50;

const relatedDealSelect = {
  id: true,
  title: true,
  value: true,
  currency: true,
  weightedValue: true,
  expectedCloseAt: true,
  closedAt: true,
  stage: { select: { name: true, color: true, kind: true } },
  pipeline: { select: { name: true } },
} satisfies Prisma.DealSelect;

export type RelatedDeal = Prisma.DealGetPayload<{ select: typeof relatedDealSelect }>;

/**
 * The deals of a company, a contact or a lead (the one it was converted from), open ones first,
 * then by expected close date; at most RELATED_DEALS_LIMIT, with the full count.
 * @throws NotFoundError for a malformed id.
 */
export async function listRelatedDeals(link: { companyId: string } | { contactId: string } | { leadId: string }): Promise<{ deals: RelatedDeal[]; total: number }> {
  const [field, id] = Object.entries(link)[0] as [string, string];
  assertRecordId(id, "Record");
  const where = { [field]: id } as Prisma.DealWhereInput;
  const db = getDb();
  const [deals, total] = await Promise.all([
    db.deal.findMany({ where, orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { expectedCloseAt: { sort: "asc", nulls: "last" } }, { id: "asc" }], take: RELATED_DEALS_LIMIT, select: relatedDealSelect }),
    db.deal.count({ where }),
  ]);
  return { deals, total };
}
