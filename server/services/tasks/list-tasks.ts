import type { TaskSection } from "@/lib/tasks/due-section";
import { visibleSections, type TaskListQuery } from "@/lib/validation/task-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildTaskSectionWhere, type TaskViewer } from "./build-task-where";
import { taskRowSelect, type TaskRow } from "./task-row";

/** Rows a section shows while several sections are on the page (the rest behind "Show all"). */
export const SECTION_PREVIEW: Record<TaskSection, number> = { overdue: 25, today: 25, upcoming: 25, none: 25, completed: 10 };
/** Rows per page when the page shows one section. */
export const TASK_PAGE_SIZE = 50;

/** One section of the tasks page: its rows (a preview, or one page) and how many it holds in all. */
export type TaskSectionList = { section: TaskSection; rows: TaskRow[]; total: number; page: number; pageSize: number; paged: boolean };

/**
 * Each section's order, from an index: dated sections by due instant (Task [status, dueAt] and
 * [assigneeId, status, dueAt]), tasks without a due date newest first, completed ones by
 * completion (Task [completedAt]); then id, so paging is stable.
 */
const ORDER: Record<TaskSection, Prisma.TaskOrderByWithRelationInput[]> = {
  overdue: [{ dueAt: "asc" }, { id: "asc" }],
  today: [{ dueAt: "asc" }, { id: "asc" }],
  upcoming: [{ dueAt: "asc" }, { id: "asc" }],
  none: [{ createdAt: "desc" }, { id: "desc" }],
  completed: [{ completedAt: "desc" }, { id: "desc" }],
};

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
  return Promise.all(
    sections.map(async (section) => {
      const where = buildTaskSectionWhere(section, query, viewer, now);
      const pageSize = paged ? TASK_PAGE_SIZE : SECTION_PREVIEW[section];
      const page = paged ? query.page : 1;
      const [rows, total] = await Promise.all([
        db.task.findMany({ where, orderBy: ORDER[section], skip: (page - 1) * pageSize, take: pageSize, select: taskRowSelect }),
        db.task.count({ where }),
      ]);
      return { section, rows, total, page, pageSize, paged };
    }),
  );
}
