import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { taskRowSelect } from "./task-row";

const taskDetailSelect = {
  ...taskRowSelect,
  notes: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.TaskSelect;

export type TaskDetail = Prisma.TaskGetPayload<{ select: typeof taskDetailSelect }>;

/**
 * A task with everything its page and edit form show. Any signed-in user may see any task.
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getTask(taskId: string): Promise<TaskDetail> {
  assertRecordId(taskId, "Task");
  const task = await getDb().task.findUnique({ where: { id: taskId }, select: taskDetailSelect });
  if (!task) throw new NotFoundError("Task");
  return task;
}
