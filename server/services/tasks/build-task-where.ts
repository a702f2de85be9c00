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
 * The `where` of one section of the tasks page: open tasks (or the status filter's one) due in the
 * section's range for the viewer (lib/tasks/due-section.ts), or done tasks for "completed", and
 * the query's other filters.
 * @param now - the current instant (for the viewer's today).
 */
export function buildTaskSectionWhere(section: TaskSection, query: Omit<TaskListQuery, "page">, viewer: TaskViewer, now: Date): Prisma.TaskWhereInput {
  const and = buildTaskFilterWhere(query, viewer);
  if (section === "completed") {
    and.unshift({ status: "DONE" });
  } else {
    const range = dueSectionRange(section, now, viewer.timeZone);
    and.unshift({ status: query.status ?? { in: [...OPEN_STATUSES] } }, { dueAt: range ?? null });
  }
  return { AND: and };
}
