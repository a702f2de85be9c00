import type { Actor } from "@/server/services/permissions";
import { changeTaskStatus } from "./complete-task";
import type { TaskLinks } from "./task-row";

/**
 * Reopens a done task: status OPEN, completedAt cleared. Its TASK_COMPLETED activity stays on the
 * timelines (the task was completed then). Reopening an open task changes nothing.
 * @throws NotFoundError, ForbiddenError (see findTaskToWorkOn).
 */
export async function reopenTask(actor: Actor, taskId: string, now = new Date()): Promise<{ changed: boolean; links: TaskLinks }> {
  return changeTaskStatus(actor, taskId, "OPEN", now);
}
