import type { TaskStatus } from "@/lib/enums";
import type { Tx } from "@/server/db";
import { awardTaskStatusInTx } from "@/server/services/gamification/award-hooks";
import type { Actor } from "@/server/services/permissions";
import type { TaskLinks } from "./task-row";

/**
 * Moves a task to `status` inside `tx`. Becoming DONE sets completedAt to `now` and records a
 * TASK_COMPLETED activity (subject: the task's title; author: `actor`) on every record the task is
 * linked to, so it shows on their timelines; leaving DONE clears completedAt (the activity stays:
 * the task was completed then). Completing pays the completer XP and tokens and leaving DONE
 * reverses that (gamification, awardTaskStatusInTx). Permission checks are the caller's.
 * @returns whether the status changed.
 */
export async function setTaskStatus(
  tx: Tx,
  actor: Actor,
  task: TaskLinks & { id: string; title: string; status: TaskStatus },
  status: TaskStatus,
  now: Date,
): Promise<boolean> {
  if (task.status === status) return false;
  const completing = status === "DONE";
  await tx.task.update({ where: { id: task.id }, data: { status, completedAt: completing ? now : null } });
  if (completing) {
    await tx.activity.create({
      data: {
        type: "TASK_COMPLETED",
        subject: task.title,
        data: { taskId: task.id },
        occurredAt: now,
        authorId: actor.id,
        leadId: task.leadId,
        contactId: task.contactId,
        companyId: task.companyId,
        dealId: task.dealId,
      },
    });
  }
  if (completing || task.status === "DONE") await awardTaskStatusInTx(tx, actor.id, { id: task.id, completed: completing }, now);
  return true;
}
