import type { TaskSection } from "@/lib/tasks/due-section";
import { visibleSections, type TaskListQuery } from "@/lib/validation/task-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildTaskSectionWhere, type TaskViewer } from "./build-task-where";
import { taskBaseSelect, type TaskBase, type TaskRow } from "./task-row";
import { withTaskPeopleAndLinks } from "./with-task-people-and-links";

/** Rows a section shows while several sections are on the page (the rest behind "Show all"). */
export const SECTION_PREVIEW: Record<TaskSection, number> = { overdue: 25, today: 25, upcoming: 25, none: 25, completed: 10 };
/** Rows per page when the page shows one section. */
export const TASK_PAGE_SIZE = 50;

/** One section of the tasks page: its rows (a preview, or one page) and how many it holds in all. */
export type TaskSectionList = { section: TaskSection; rows: TaskRow[]; total: number; page: number; pageSize: number; paged: boolean };

const byId = (a: TaskBase, b: TaskBase) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const time = (date: Date | null) => date?.getTime() ?? 0;
type SectionOrder = { orderBy: Prisma.TaskOrderByWithRelationInput[]; compare: (a: TaskBase, b: TaskBase) => number };
const soonestDue: SectionOrder = { orderBy: [{ dueAt: "asc" }, { id: "asc" }], compare: (a, b) => time(a.dueAt) - time(b.dueAt) || byId(a, b) };

/**
 * Each section's order (served by an index: Task [status, dueAt], [assigneeId, status, dueAt] or
 * [completedAt]), as Prisma's orderBy and as a comparison to merge the per-status lists with:
 * dated sections soonest due first, tasks without a due date newest first, completed ones latest
 * completion first; then id, so paging is stable.
 */
const ORDER: Record<TaskSection, SectionOrder> = {
  overdue: soonestDue,
  today: soonestDue,
  upcoming: soonestDue,
  none: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], compare: (a, b) => time(b.createdAt) - time(a.createdAt) || byId(b, a) },
  completed: { orderBy: [{ completedAt: "desc" }, { id: "desc" }], compare: (a, b) => time(b.completedAt) - time(a.completedAt) || byId(b, a) },
};

/**
 * Rows `skip` to `skip + take` of a section in its order: one query for a single `where`, else the
 * first `skip + take` of each, merged (each walks its index in order and stops early).
 */
async function findSectionRows(wheres: Prisma.TaskWhereInput[], section: TaskSection, skip: number, take: number): Promise<TaskBase[]> {
  const { orderBy, compare } = ORDER[section];
  const db = getDb();
  if (wheres.length === 1) return db.task.findMany({ where: wheres[0], orderBy, skip, take, select: taskBaseSelect });
  const lists = await Promise.all(wheres.map((where) => db.task.findMany({ where, orderBy, take: skip + take, select: taskBaseSelect })));
  return lists.flat().sort(compare).slice(skip, skip + take);
}

/**
 * The tasks page: the sections the query shows (see visibleSections), each with its total and
 * its first rows, or, when only one section shows, one page of it. "Today" is the viewer's today.
 * @param viewer - the signed-in user ("me", and the time zone of the days).
 * @param now - the current instant.
 */
export async function listTasks(query: TaskListQuery, viewer: TaskViewer, now: Date = new Date()): Promise<TaskSectionList[]> {
  const db = getDb();
  const sections = visibleSections(query);
  const paged = sections.length === 1;
  const lists = await Promise.all(
    sections.map(async (section) => {
      const where = buildTaskSectionWhere(section, query, viewer, now);
      const pageSize = paged ? TASK_PAGE_SIZE : SECTION_PREVIEW[section];
      const page = paged ? query.page : 1;
      const skip = (page - 1) * pageSize;
      const total = await db.task.count({ where: where.all });
      // A page past the end (an edited URL) costs no query.
      const rows = skip < total ? await findSectionRows(where.byStatus, section, skip, pageSize) : [];
      return { section, rows, total, page, pageSize, paged };
    }),
  );
  // The names of assignees and linked records, for all sections at once.
  const rows = await withTaskPeopleAndLinks(lists.flatMap((list) => list.rows));
  let offset = 0;
  return lists.map((list) => ({ ...list, rows: rows.slice(offset, (offset += list.rows.length)) }));
}
