import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { companyRowSelect } from "./list-companies";

/** What the list shows of a company, its active contacts and the leads converted into it. */
const companyDetailSelect = {
  ...companyRowSelect,
  contacts: {
    where: { deletedAt: null },
    orderBy: [{ isPrimary: "desc" }, { firstName: "asc" }, { lastName: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true, email: true, phone: true, title: true, isPrimary: true, role: true },
  },
  leads: {
    where: { convertedAt: { not: null } },
    orderBy: { convertedAt: "desc" },
    select: { id: true, name: true, contactName: true, convertedAt: true },
  },
  // Unlike the list's count (active contacts), the page counts the deleted ones: it links to them.
  _count: { select: { contacts: { where: { deletedAt: { not: null } } } } },
} satisfies Prisma.CompanySelect;

export type CompanyDetail = Prisma.CompanyGetPayload<{ select: typeof companyDetailSelect }>;

/**
 * A company with everything its page shows but its timeline (listTimeline): active contacts (the
 * primary one first) and leads converted into it. Soft-deleted companies are returned too (the
 * page offers to restore them).
 * @throws NotFoundError for an unknown id.
 */
export async function getCompany(companyId: string): Promise<CompanyDetail> {
  assertRecordId(companyId, "Company");
  const company = await getDb().company.findUnique({ where: { id: companyId }, select: companyDetailSelect });
  if (!company) throw new NotFoundError("Company");
  return company;
}
