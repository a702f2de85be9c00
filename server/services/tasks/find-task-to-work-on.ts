import { canWorkOnTask } from "@/lib/tasks/task-permissions";
import type { Tx } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { taskLinksSelect } from "./task-row";

const taskStateSelect = {
  id: true,
  title: true,
  notes: true,
  type: true,
  priority: true,
  status: true,
  dueAt: true,
  allDay: true,
  assigneeId: true,
  createdById: true,
  ...taskLinksSelect,
} as const;

/**
 * Loads a task inside `tx` for `actor` to change: its fields, people and links.
 * @throws NotFoundError for an unknown or malformed id; ForbiddenError unless the actor may work
 *   on it (its assignee, its creator, a manager or an admin: lib/tasks/task-permissions.ts).
 */
export async function findTaskToWorkOn(tx: Tx, actor: Actor, taskId: string) {
  assertRecordId(taskId, "Task");
  const task = await tx.task.findUnique({ where: { id: taskId }, select: taskStateSelect });
  if (!task) throw new NotFoundError("Task");
  if (!canWorkOnTask(actor, task)) throw new ForbiddenError("Only the task's assignee, its creator, a manager or an admin can change this task");
  return task;
}
