import { formatInZone, zonedDay } from "@/lib/dates";

/** One thing on a calendar day: a task (by due date) or a lead's follow-up (next action date). */
export type CalendarEntry = {
  kind: "task" | "followUp";
  id: string;
  href: string;
  title: string;
  /** "14:30" in the viewer's time zone; null for all-day tasks and follow-ups (which are days). */
  time: string | null;
  done: boolean;
  priority: string | null;
};

type Task = { id: string; title: string; dueAt: Date; allDay: boolean; status: string; priority: string };
type FollowUp = { id: string; name: string; nextActionAt: Date };

/**
 * Files tasks and follow-ups under the day of the viewer's calendar they fall on, each day's
 * entries untimed first (follow-ups, then all-day tasks), then by time.
 * @param timeZone - the viewer's IANA time zone.
 * @returns entries by day ("YYYY-MM-DD").
 */
export function calendarEntries({ tasks, followUps }: { tasks: Task[]; followUps: FollowUp[] }, timeZone: string): Map<string, CalendarEntry[]> {
  const byDay = new Map<string, CalendarEntry[]>();
  const add = (at: Date, entry: CalendarEntry) => {
    const day = zonedDay(at, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  };
  for (const lead of followUps) {
    add(lead.nextActionAt, { kind: "followUp", id: lead.id, href: `/leads/${lead.id}`, title: lead.name, time: null, done: false, priority: null });
  }
  for (const task of tasks) {
    const time = task.allDay ? null : formatInZone(task.dueAt, timeZone, "HH:mm");
    add(task.dueAt, { kind: "task", id: task.id, href: `/tasks/${task.id}`, title: task.title, time, done: task.status === "DONE", priority: task.priority });
  }
  // Stable sort: untimed entries keep their order (follow-ups, then all-day tasks) ahead of timed ones.
  for (const entries of byDay.values()) entries.sort((a, b) => (a.time ?? "").localeCompare(b.time ?? ""));
  return byDay;
}
