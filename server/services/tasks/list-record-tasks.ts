import type { TaskLinkField } from "@/lib/validation/task";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { OPEN_STATUSES, taskBaseSelect, type TaskRow } from "./task-row";
import { withTaskPeopleAndLinks } from "./with-task-people-and-links";

/** How many open tasks a record's page lists. */
export const RECORD_TASKS_LIMIT = 20;

/**
 * The open tasks linked to one record, for its page: soonest due first, then those without a due
 * date. A company's include the tasks linked to its contacts (as its timeline includes their
 * activities).
 * @param field - which link: "leadId", "contactId", "companyId" or "dealId".
 * @throws NotFoundError for a malformed id.
 * @returns up to RECORD_TASKS_LIMIT tasks and how many are open in all.
 */
export async function listRecordTasks(field: TaskLinkField, id: string): Promise<{ rows: TaskRow[]; total: number }> {
  assertRecordId(id, "Record");
  const link: Prisma.TaskWhereInput = field === "companyId" ? { OR: [{ companyId: id }, { contact: { companyId: id } }] } : { [field]: id };
  const where: Prisma.TaskWhereInput = { AND: [link, { status: { in: [...OPEN_STATUSES] } }] };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.task.findMany({ where, orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }], take: RECORD_TASKS_LIMIT, select: taskBaseSelect }),
    db.task.count({ where }),
  ]);
  return { rows: await withTaskPeopleAndLinks(rows), total };
}
