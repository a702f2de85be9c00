import type { TaskStatus } from "@/lib/enums";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import type { Actor } from "@/server/services/permissions";
import { findTaskToWorkOn } from "./find-task-to-work-on";
import type { TaskLinks } from "./task-row";
import { setTaskStatus } from "./task-status";

/**
 * Marks a task done: status DONE, completedAt `now`, and a TASK_COMPLETED activity on its linked
 * records, in one transaction. Completing a done task changes nothing (a double click records
 * one activity).
 * @param now - the completion instant.
 * @throws NotFoundError, ForbiddenError (see findTaskToWorkOn).
 * @returns whether it changed, and the task's links (whose pages show it).
 */
export async function completeTask(actor: Actor, taskId: string, now = new Date()): Promise<{ changed: boolean; links: TaskLinks }> {
  return changeTaskStatus(actor, taskId, "DONE", now);
}

/**
 * Sets a task's status in its own transaction with an audit entry (see setTaskStatus); shared by
 * completeTask and reopenTask.
 */
export async function changeTaskStatus(actor: Actor, taskId: string, status: TaskStatus, now: Date): Promise<{ changed: boolean; links: TaskLinks }> {
  return getDb().$transaction(async (tx) => {
    const task = await findTaskToWorkOn(tx, actor, taskId);
    const changed = await setTaskStatus(tx, actor, task, status, now);
    if (changed) {
      await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Task", entityId: task.id, changes: { status: [task.status, status] } });
    }
    const { leadId, contactId, companyId, dealId } = task;
    return { changed, links: { leadId, contactId, companyId, dealId } };
  });
}
