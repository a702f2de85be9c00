import { taskInputSchema, type TaskInput } from "@/lib/validation/task";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertTaskReferences } from "./assert-task-references";
import { taskColumns } from "./task-columns";
import { setTaskStatus } from "./task-status";

/**
 * Creates a task; `actor` becomes its creator. Anyone may create a task and assign it to any user
 * (or nobody, with a blank assignee); the due day and time are in the actor's time zone, and may
 * lie in the past. A task created as DONE is completed at once (see setTaskStatus).
 * @param now - the completion instant for a task created as done.
 * @throws ValidationError for invalid input or an unknown assignee or linked record.
 */
export async function createTask(actor: Actor & { timeZone: string }, input: TaskInput, now = new Date()): Promise<{ id: string }> {
  const data = parseOrThrow(taskInputSchema, input);
  const columns = taskColumns(data, actor.timeZone);
  return getDb().$transaction(async (tx) => {
    await assertTaskReferences(tx, data);
    // A task created as done is created open and then completed, which records the activity.
    const status = data.status === "DONE" ? "OPEN" : data.status;
    const task = await tx.task.create({ data: { ...columns, status, assigneeId: data.assigneeId, createdById: actor.id }, select: { id: true } });
    await setTaskStatus(tx, actor, { ...task, ...columns, status }, data.status, now);
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Task", entityId: task.id, changes: { title: data.title, status: data.status } });
    return task;
  });
}
