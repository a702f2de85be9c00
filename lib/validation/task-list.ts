import { z } from "zod";
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from "@/lib/enums";
import { DUE_SECTIONS, type TaskSection } from "@/lib/tasks/due-section";
import { optionalDay } from "./common";
import { filterText, listSearchOf, pageNumber } from "./list-query";

/**
 * The tasks page's view as held in the URL. Unknown or malformed values fall back to "no filter"
 * instead of failing, so an edited bookmark still opens.
 * - `status`: OPEN or IN_PROGRESS narrow the open sections and hide Completed; DONE shows only Completed.
 * - `due`: one due section only (overdue, today, upcoming, none: open tasks).
 * - `from`/`to`: due days, inclusive, in the viewer's time zone; leaves out tasks without a due date.
 * - `assignee`: a user id, "me" or "none" (unassigned).
 * - `page`: the page of the list when only one section is shown.
 */
export const taskListQuerySchema = z.object({
  q: filterText,
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  due: z.enum(DUE_SECTIONS).optional().catch(undefined),
  from: optionalDay.catch(null),
  to: optionalDay.catch(null),
  assignee: filterText,
  priority: z.enum(TASK_PRIORITIES).optional().catch(undefined),
  type: z.enum(TASK_TYPES).optional().catch(undefined),
  page: pageNumber,
});

export type TaskListQuery = z.output<typeof taskListQuerySchema>;

/** Parses URL search params (as Next passes them to a page) into a TaskListQuery. */
export function parseTaskListQuery(params: Record<string, string | string[] | undefined>): TaskListQuery {
  return taskListQuerySchema.parse(params);
}

/** The URL search string for a (partial) query, omitting defaults, so views can be bookmarked. */
export const taskListSearch = listSearchOf(taskListQuerySchema);

/**
 * The sections a query shows, in page order: the open sections its status and due filters allow
 * (not "No due date" while a due range is set), then Completed unless a filter excludes done tasks.
 */
export function visibleSections(query: Pick<TaskListQuery, "status" | "due" | "from" | "to">): TaskSection[] {
  if (query.status === "DONE") return ["completed"];
  const dated = query.from || query.to;
  const open = (query.due ? [query.due] : [...DUE_SECTIONS]).filter((s) => !(dated && s === "none"));
  return query.status || query.due ? open : [...open, "completed"];
}

/** The query that lists all of one section (what a section's "Show all" links to). */
export function sectionQuery(query: TaskListQuery, section: TaskSection): Partial<TaskListQuery> {
  return section === "completed" ? { ...query, status: "DONE", due: undefined, page: 1 } : { ...query, due: section, page: 1 };
}
