import { getDb } from "@/server/db";
import type { TaskBase, TaskRow } from "./task-row";

/** The distinct non-null values of one column of `rows`. */
const idsOf = (rows: TaskBase[], key: "assigneeId" | "leadId" | "contactId" | "companyId" | "dealId") => [
  ...new Set(rows.map((row) => row[key]).filter((id): id is string => id !== null)),
];

/** Rows found by id as a map (no query for no ids). */
async function byId<T extends { id: string }>(ids: string[], find: (ids: string[]) => Promise<T[]>): Promise<Map<string, T>> {
  return new Map(ids.length ? (await find(ids)).map((record) => [record.id, record]) : []);
}

/**
 * Adds to task rows their assignee's name and the records they are linked to (as a nested select
 * of taskRowSelect would), with one query per kind of record for all rows together and none for a
 * kind no row links to. Prisma's nested select costs five queries per list, whatever is linked.
 */
export async function withTaskPeopleAndLinks(rows: TaskBase[]): Promise<TaskRow[]> {
  const db = getDb();
  const [users, leads, contacts, companies, deals] = await Promise.all([
    byId(idsOf(rows, "assigneeId"), (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    byId(idsOf(rows, "leadId"), (ids) => db.lead.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    byId(idsOf(rows, "contactId"), (ids) => db.contact.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true } })),
    byId(idsOf(rows, "companyId"), (ids) => db.company.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    byId(idsOf(rows, "dealId"), (ids) => db.deal.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
  ]);
  const find = <T>(map: Map<string, T>, id: string | null) => (id === null ? null : (map.get(id) ?? null));
  return rows.map((row) => ({
    ...row,
    assignee: find(users, row.assigneeId),
    lead: find(leads, row.leadId),
    contact: find(contacts, row.contactId),
    company: find(companies, row.companyId),
    deal: find(deals, row.dealId),
  }));
}
