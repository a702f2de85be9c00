import type { ContactListQuery } from "@/lib/validation/contact";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildContactWhere } from "./build-contact-where";

/** The columns of one row of the contacts list (and of the CSV export). */
export const contactRowSelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  mobile: true,
  title: true,
  department: true,
  isPrimary: true,
  role: true,
  emailStatus: true,
  smsStatus: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  company: { select: { id: true, name: true, deletedAt: true } },
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
} satisfies Prisma.ContactSelect;

export type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactRowSelect }>;

/**
 * The list's sort, then id so paging is stable: "name" is first name then last name (missing last
 * names first, on both databases); email puts contacts without one last whichever the direction.
 */
export function contactOrderBy(query: Pick<ContactListQuery, "sort" | "dir">): Prisma.ContactOrderByWithRelationInput[] {
  const { sort, dir } = query;
  if (sort === "name") return [{ firstName: dir }, { lastName: { sort: dir, nulls: "first" } }, { id: dir }];
  if (sort === "email") return [{ email: { sort: dir, nulls: "last" } }, { id: dir }];
  return [{ [sort]: dir }, { id: dir }];
}

/**
 * One page of contacts matching the list query, with the total count.
 * @param viewer - the signed-in user (for "my contacts").
 */
export async function listContacts(query: ContactListQuery, viewer: { id: string }): Promise<{ rows: ContactRow[]; total: number }> {
  const db = getDb();
  const where = buildContactWhere(query, viewer);
  const [rows, total] = await Promise.all([
    db.contact.findMany({
      where,
      orderBy: contactOrderBy(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: contactRowSelect,
    }),
    db.contact.count({ where }),
  ]);
  return { rows, total };
}
