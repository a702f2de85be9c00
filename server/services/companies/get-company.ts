import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { TIMELINE_LIMIT, timelineActivitySelect, type TimelineActivity } from "@/server/services/activities/timeline-activity";
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

export type CompanyDetail = Prisma.CompanyGetPayload<{ select: typeof companyDetailSelect }> & {
  /** Its own activities and those of its contacts (including converted leads' history), newest first. */
  activities: TimelineActivity[];
};

/**
 * A company with everything its page shows: active contacts (the primary one first), leads
 * converted into it and a timeline of the newest TIMELINE_LIMIT activities that concern it
 * directly or through one of its contacts. Soft-deleted companies are returned too (the page
 * offers to restore them).
 * @throws NotFoundError for an unknown id.
 */
export async function getCompany(companyId: string): Promise<CompanyDetail> {
  assertRecordId(companyId, "Company");
  const db = getDb();
  const [company, activities] = await Promise.all([
    db.company.findUnique({ where: { id: companyId }, select: companyDetailSelect }),
    db.activity.findMany({
      where: { OR: [{ companyId }, { contact: { companyId } }] },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT,
      select: timelineActivitySelect,
    }),
  ]);
  if (!company) throw new NotFoundError("Company");
  return { ...company, activities };
}
