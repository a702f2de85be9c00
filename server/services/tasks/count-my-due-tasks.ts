import { dueSectionRange } from "@/lib/tasks/due-section";
import { getDb } from "@/server/db";
import type { TaskViewer } from "./build-task-where";
import { OPEN_STATUSES } from "./task-row";

/**
 * How many open tasks assigned to the viewer are overdue and due today, in the viewer's time zone
 * (the same sections as the tasks page; served by the Task [assigneeId, status, dueAt] index).
 * @param now - the current instant.
 */
export async function countMyDueTasks(viewer: TaskViewer, now: Date = new Date()): Promise<{ overdue: number; today: number }> {
  const db = getDb();
  const mine = { assigneeId: viewer.id, status: { in: [...OPEN_STATUSES] } };
  const [overdue, today] = await Promise.all(
    (["overdue", "today"] as const).map((section) => db.task.count({ where: { ...mine, dueAt: dueSectionRange(section, now, viewer.timeZone)! } })),
  );
  return { overdue, today };
}
