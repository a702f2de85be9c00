import { todayRange } from "@/lib/dates";

/** The sections of the tasks page that hold open tasks, by due date. */
export const DUE_SECTIONS = ["overdue", "today", "upcoming", "none"] as const;
export type DueSection = (typeof DUE_SECTIONS)[number];

/** Every section of the tasks page, in page order: open tasks by due date, then completed ones. */
export const TASK_SECTIONS = [...DUE_SECTIONS, "completed"] as const;
export type TaskSection = (typeof TASK_SECTIONS)[number];

/** A half-open UTC interval of due instants [gte, lt); a missing bound is open. */
export type DueRange = { gte?: Date; lt?: Date };

/**
 * The due instants a section holds for a viewer, or null for "none" (no due date). Sections are
 * whole days of the viewer's calendar: "overdue" is due before the start of their today, "today"
 * within it, "upcoming" from the start of their tomorrow. A task due at 08:00 today stays "today"
 * after 08:00 (as in Salesforce and Todoist, and like lead follow-ups, which are days); the row
 * shows its passed time instead.
 * @param now - the current instant (injected so tests control the clock).
 * @param timeZone - the viewer's IANA time zone (User.timeZone).
 */
export function dueSectionRange(section: DueSection, now: Date, timeZone: string): DueRange | null {
  const { start, end } = todayRange(now, timeZone);
  switch (section) {
    case "overdue":
      return { lt: start };
    case "today":
      return { gte: start, lt: end };
    case "upcoming":
      return { gte: end };
    case "none":
      return null;
  }
}

/** Whether `instant` lies in `range` (see DueRange). */
export function inDueRange(instant: Date, range: DueRange): boolean {
  const t = instant.getTime();
  return (range.gte === undefined || t >= range.gte.getTime()) && (range.lt === undefined || t < range.lt.getTime());
}

/**
 * Which due section a due instant falls in for a viewer (see dueSectionRange): the same rule the
 * task queries use, so a row is always listed under the section this returns.
 * @param dueAt - the task's due instant (UTC), null when it has none.
 */
export function dueSection(dueAt: Date | null, now: Date, timeZone: string): DueSection {
  if (!dueAt) return "none";
  // The three dated ranges cover every instant, so one of them holds it.
  return DATED_SECTIONS.find((s) => inDueRange(dueAt, dueSectionRange(s, now, timeZone)!))!;
}

const DATED_SECTIONS = ["overdue", "today", "upcoming"] as const satisfies readonly DueSection[];

/** The section of the tasks page a task belongs in: "completed" when done, else its due section. */
export function taskSection(task: { status: string; dueAt: Date | null }, now: Date, timeZone: string): TaskSection {
  return task.status === "DONE" ? "completed" : dueSection(task.dueAt, now, timeZone);
}

/** Section headings as shown on the tasks page. */
export const SECTION_LABELS: Record<TaskSection, string> = {
  overdue: "Overdue",
  today: "Due today",
  upcoming: "Upcoming",
  none: "No due date",
  completed: "Completed",
};
