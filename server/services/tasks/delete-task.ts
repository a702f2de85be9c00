import { canManageTask } from "@/lib/tasks/task-permissions";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { reverseSourceAwardsInTx } from "@/server/services/gamification/award-hooks";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { taskLinksSelect, type TaskLinks } from "./task-row";

/**
 * Deletes a task for good (tasks have no trash). Its creator, a manager or an admin may; an
 * assignee who did not create it may not. A TASK_COMPLETED activity it left stays on the timelines;
 * the XP and tokens its completion paid are reversed (gamification), at `now`.
 * @throws NotFoundError, ForbiddenError.
 * @returns the links it had (whose pages showed it).
 */
export async function deleteTask(actor: Actor, taskId: string, now = new Date()): Promise<{ links: TaskLinks }> {
  assertRecordId(taskId, "Task");
  return getDb().$transaction(async (tx) => {
    const task = await tx.task.findUnique({ where: { id: taskId }, select: { id: true, title: true, assigneeId: true, createdById: true, ...taskLinksSelect } });
    if (!task) throw new NotFoundError("Task");
    if (!canManageTask(actor, task)) throw new ForbiddenError("Only the task's creator, a manager or an admin can delete this task");
    await tx.task.delete({ where: { id: task.id } });
    await reverseSourceAwardsInTx(tx, "task", [task.id], now);
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Task", entityId: task.id, changes: { title: task.title } });
    const { leadId, contactId, companyId, dealId } = task;
    return { links: { leadId, contactId, companyId, dealId } };
  });
}
