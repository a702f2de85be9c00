import { canManageTask } from "@/lib/tasks/task-permissions";
import { dueParts } from "@/lib/tasks/due-instant";
import { taskInputSchema, type TaskInput } from "@/lib/validation/task";
import { getDb } from "@/server/db";
import { ForbiddenError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertTaskReferences } from "./assert-task-references";
import { findTaskToWorkOn } from "./find-task-to-work-on";
import type { TaskLinks } from "./task-row";
import { taskColumns } from "./task-columns";
import { setTaskStatus } from "./task-status";

/**
 * Replaces a task's fields with `input` (a full task form). Its assignee, creator, a manager or an
 * admin may edit it; only its creator, a manager or an admin may give it to someone else. A status
 * change to or from DONE completes or reopens it (see setTaskStatus). A due day and time the form
 * leaves as they were keep the stored instant, even when the task was set in another time zone.
 * @param now - the completion instant when the form marks it done.
 * @throws ValidationError, NotFoundError, ForbiddenError.
 * @returns the task's links before and after (whose pages show it).
 */
export async function updateTask(
  actor: Actor & { timeZone: string },
  taskId: string,
  input: TaskInput,
  now = new Date(),
): Promise<{ links: TaskLinks[] }> {
  const data = parseOrThrow(taskInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await findTaskToWorkOn(tx, actor, taskId);
    if (data.assigneeId !== before.assigneeId && !canManageTask(actor, before)) {
      throw new ForbiddenError("Only the task's creator, a manager or an admin can give it to someone else");
    }
    await assertTaskReferences(tx, data, before);
    const columns = taskColumns(data, actor.timeZone);
    const shown = dueParts(before.dueAt, before.allDay, actor.timeZone);
    if (shown.dueDay === data.dueDay && shown.dueTime === data.dueTime) Object.assign(columns, { dueAt: before.dueAt, allDay: before.allDay });
    await tx.task.update({ where: { id: before.id }, data: { ...columns, assigneeId: data.assigneeId } });
    await setTaskStatus(tx, actor, { ...before, ...columns }, data.status, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Task",
      entityId: before.id,
      changes: changedFields(before, { ...columns, assigneeId: data.assigneeId, status: data.status }),
    });
    const after = { leadId: columns.leadId, contactId: columns.contactId, companyId: columns.companyId, dealId: columns.dealId };
    return { links: [{ leadId: before.leadId, contactId: before.contactId, companyId: before.companyId, dealId: before.dealId }, after] };
  });
}
