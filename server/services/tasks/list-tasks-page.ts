import type { TaskListQuery } from "@/lib/validation/task-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { buildTaskFilterWhere, buildTaskSectionWhere, type TaskViewer } from "./build-task-where";
import { taskBaseSelect, type TaskRow } from "./task-row";
import { withTaskPeopleAndLinks } from "./with-task-people-and-links";

/** The filters of the tasks page (its query without the page number). */
export type TaskFilters = Omit<TaskListQuery, "page">;

/**
 * One keyset page of tasks matching the tasks page's filters, oldest first by (createdAt, id),
 * without a total count: title search, assignee, priority, type and due days as on the page
 * (buildTaskFilterWhere), `status`, and `due` — one due section of open tasks for the viewer
 * (buildTaskSectionWhere). Assignees and linked records are read for the whole page at once.
 * @param viewer - the acting user ("me", and the time zone of the days).
 * @param now - the current instant (the viewer's today, for `due`).
 */
export async function listTasksPage(viewer: TaskViewer, { filters, page }: { filters: TaskFilters; page: KeysetPageRequest }, now: Date = new Date()): Promise<KeysetPage<TaskRow>> {
  const where: Prisma.TaskWhereInput = filters.due
    ? buildTaskSectionWhere(filters.due, filters, viewer, now).all
    : { AND: [...buildTaskFilterWhere(filters, viewer), filters.status ? { status: filters.status } : {}] };
  const found = await readKeysetPage(page, (take) => getDb().task.findMany({ ...keysetFindArgs(where, page, take), select: taskBaseSelect }));
  return { data: await withTaskPeopleAndLinks(found.data), nextCursor: found.nextCursor };
}
