import { zonedDayStart } from "@/lib/dates";
import { shiftDay } from "@/lib/tasks/calendar-grid";
import { dueSectionRange, type TaskSection } from "@/lib/tasks/due-section";
import type { TaskListQuery } from "@/lib/validation/task-list";
import type { Prisma } from "@/server/generated/sqlite/client";
import { containsText } from "@/server/services/text-filter";
import { OPEN_STATUSES } from "./task-row";

/** The viewer of a task list: whose id "me" means and whose time zone defines the days. */
export type TaskViewer = { id: string; timeZone: string };

/**
 * The filters of a task list query that apply to every section: title search, assignee ("me",
 * "none" or a user id), priority, type and the due range `from`–`to` (whole days in the viewer's
 * time zone, inclusive).
 */
export function buildTaskFilterWhere(query: Omit<TaskListQuery, "status" | "due" | "page">, viewer: TaskViewer): Prisma.TaskWhereInput[] {
  const and: Prisma.TaskWhereInput[] = [];
  if (query.q) and.push({ title: containsText(query.q) });
  if (query.assignee === "me") and.push({ assigneeId: viewer.id });
  else if (query.assignee === "none") and.push({ assigneeId: null });
  else if (query.assignee) and.push({ assigneeId: query.assignee });
  if (query.priority) and.push({ priority: query.priority });
  if (query.type) and.push({ type: query.type });
  if (query.from) and.push({ dueAt: { gte: zonedDayStart(query.from, viewer.timeZone) } });
  if (query.to) and.push({ dueAt: { lt: zonedDayStart(shiftDay(query.to, 1), viewer.timeZone) } });
  return and;
}

/**
 * The `where` of one section of the tasks page (`all`, to count it) and the same split by status
 * (`byStatus`, to read its rows: each walks an index in the section's order, where SQLite would
 * sort every matching row for `status IN (…)`):
 * - an open section: the open tasks (or the status filter's) due in the section's range for the
 *   viewer (lib/tasks/due-section.ts);
 * - "completed": the tasks with a completion time, which setTaskStatus sets exactly when a task
 *   becomes DONE; asked by completedAt rather than status so that the Task [completedAt] index
 *   serves its order (by status, SQLite would sort all done tasks to show ten);
 * each with the query's other filters.
 * @param now - the current instant (for the viewer's today).
 */
export function buildTaskSectionWhere(
  section: TaskSection,
  query: Omit<TaskListQuery, "page">,
  viewer: TaskViewer,
  now: Date,
): { all: Prisma.TaskWhereInput; byStatus: Prisma.TaskWhereInput[] } {
  const filters = buildTaskFilterWhere(query, viewer);
  if (section === "completed") {
    const where = { AND: [{ completedAt: { gt: new Date(0) } }, ...filters] };
    return { all: where, byStatus: [where] };
  }
  const due: Prisma.TaskWhereInput = { dueAt: dueSectionRange(section, now, viewer.timeZone) ?? null };
  const statuses = query.status ? [query.status] : [...OPEN_STATUSES];
  return {
    all: { AND: [{ status: { in: statuses } }, due, ...filters] },
    byStatus: statuses.map((status) => ({ AND: [{ status }, due, ...filters] })),
  };
}
