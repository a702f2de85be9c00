import type { LeadListQuery } from "@/lib/validation/lead-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildLeadWhere } from "./build-lead-where";

const NULLABLE_SORTS = new Set<LeadListQuery["sort"]>(["rating", "reviewCount", "nextActionAt", "city", "estimatedValue"]);

/** The list's sort: nulls last whichever the direction, then id as a tie-breaker so paging is stable. */
export function leadOrderBy(query: Pick<LeadListQuery, "sort" | "dir">): Prisma.LeadOrderByWithRelationInput[] {
  return [{ [query.sort]: NULLABLE_SORTS.has(query.sort) ? { sort: query.dir, nulls: "last" } : query.dir }, { id: query.dir }];
}

/** The columns of one row of the leads list. Money in minor units. */
export const leadRowSelect = {
  id: true,
  name: true,
  contactName: true,
  email: true,
  phone: true,
  website: true,
  hasWebsite: true,
  demoSiteBuilt: true,
  niche: true,
  source: true,
  city: true,
  country: true,
  rating: true,
  reviewCount: true,
  score: true,
  temperature: true,
  nextActionAt: true,
  estimatedValue: true,
  currency: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  convertedAt: true,
  stage: { select: { id: true, name: true, color: true, kind: true } },
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
  websiteIssues: { select: { issue: true } },
} satisfies Prisma.LeadSelect;

export type LeadRow = Prisma.LeadGetPayload<{ select: typeof leadRowSelect }>;

/**
 * One page of leads matching the list query, with the total count.
 * @param viewer - the signed-in user (for "my leads" and their time zone's "today").
 * @param now - the current instant.
 */
export async function listLeads(
  query: LeadListQuery,
  viewer: { id: string; timeZone: string },
  now: Date = new Date(),
): Promise<{ rows: LeadRow[]; total: number }> {
  const db = getDb();
  const where = buildLeadWhere(query, viewer, now);
  const [rows, total] = await Promise.all([
    db.lead.findMany({
      where,
      orderBy: leadOrderBy(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: leadRowSelect,
    }),
    db.lead.count({ where }),
  ]);
  return { rows, total };
}
