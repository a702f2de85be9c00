import type { CompanyListQuery } from "@/lib/validation/company";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildCompanyWhere } from "./build-company-where";

/** The columns of one row of the companies list (and of the CSV export). */
export const companyRowSelect = {
  id: true,
  name: true,
  domain: true,
  website: true,
  industry: true,
  size: true,
  address: true,
  city: true,
  country: true,
  phone: true,
  status: true,
  mrr: true,
  lifetimeRevenue: true,
  hostingActive: true,
  saasActive: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
  _count: { select: { contacts: { where: { deletedAt: null } } } },
} satisfies Prisma.CompanySelect;

export type CompanyRow = Prisma.CompanyGetPayload<{ select: typeof companyRowSelect }>;

/** The list's sort: city with nulls last whichever the direction, then id so paging is stable. */
export function companyOrderBy(query: Pick<CompanyListQuery, "sort" | "dir">): Prisma.CompanyOrderByWithRelationInput[] {
  return [{ [query.sort]: query.sort === "city" ? { sort: query.dir, nulls: "last" } : query.dir }, { id: query.dir }];
}

/**
 * One page of companies matching the list query, with the total count.
 * @param viewer - the signed-in user (for "my companies").
 */
export async function listCompanies(query: CompanyListQuery, viewer: { id: string }): Promise<{ rows: CompanyRow[]; total: number }> {
  const db = getDb();
  const where = buildCompanyWhere(query, viewer);
  const [rows, total] = await Promise.all([
    db.company.findMany({
      where,
      orderBy: companyOrderBy(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: companyRowSelect,
    }),
    db.company.count({ where }),
  ]);
  return { rows, total };
}
