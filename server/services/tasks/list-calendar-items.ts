import { zonedDayStart } from "@/lib/dates";
import { getDb } from "@/server/db";
import type { TaskViewer } from "./build-task-where";

/** At most this many tasks and as many follow-ups are loaded for one calendar view. */
export const CALENDAR_ITEM_LIMIT = 1000;

export type CalendarTask = { id: string; title: string; dueAt: Date; allDay: boolean; status: string; priority: string };
export type CalendarFollowUp = { id: string; name: string; nextActionAt: Date };

/**
 * What a calendar view shows: tasks due and lead follow-ups (Lead.nextActionAt of leads not yet
 * converted) between two days of the viewer's calendar, soonest first.
 * @param from - the first day shown ("YYYY-MM-DD", in the viewer's time zone).
 * @param until - the day after the last one shown.
 * @param assignee - "me" (tasks assigned to and leads owned by the viewer), a user id, or
 *   undefined for everyone's.
 * @returns the items and whether either list was cut at CALENDAR_ITEM_LIMIT.
 */
export async function listCalendarItems(
  { from, until, assignee }: { from: string; until: string; assignee?: string },
  viewer: TaskViewer,
): Promise<{ tasks: CalendarTask[]; followUps: CalendarFollowUp[]; truncated: boolean }> {
  const range = { gte: zonedDayStart(from, viewer.timeZone), lt: zonedDayStart(until, viewer.timeZone) };
  const userId = assignee === "me" ? viewer.id : assignee;
  const db = getDb();
  const [tasks, leads] = await Promise.all([
    db.task.findMany({
      where: { dueAt: range, ...(userId ? { assigneeId: userId } : {}) },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: CALENDAR_ITEM_LIMIT + 1,
      select: { id: true, title: true, dueAt: true, allDay: true, status: true, priority: true },
    }),
    db.lead.findMany({
      where: { convertedAt: null, nextActionAt: range, ...(userId ? { ownerId: userId } : {}) },
      orderBy: [{ nextActionAt: "asc" }, { id: "asc" }],
      take: CALENDAR_ITEM_LIMIT + 1,
      select: { id: true, name: true, nextActionAt: true },
    }),
  ]);
  return {
    tasks: tasks.slice(0, CALENDAR_ITEM_LIMIT).map((t) => ({ ...t, dueAt: t.dueAt! })),
    followUps: leads.slice(0, CALENDAR_ITEM_LIMIT).map((l) => ({ ...l, nextActionAt: l.nextActionAt! })),
    truncated: tasks.length > CALENDAR_ITEM_LIMIT || leads.length > CALENDAR_ITEM_LIMIT,
  };
}
