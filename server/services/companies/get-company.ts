import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";

/** How many activities a company or contact page shows (newest first). */
export const TIMELINE_LIMIT = 200;

/** The fields of one timeline entry on a company or contact page. */
export const timelineActivitySelect = {
  id: true,
  type: true,
  direction: true,
  subject: true,
  body: true,
  occurredAt: true,
  author: { select: { name: true } },
  lead: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
} satisfies Prisma.ActivitySelect;

export type TimelineActivity = Prisma.ActivityGetPayload<{ select: typeof timelineActivitySelect }>;

const companyDetailSelect = {
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
  ownerId: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
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
