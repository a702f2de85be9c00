import type { SequenceExitReason } from "@/lib/validation/sequence";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { EXIT_REASON_TEXT } from "@/lib/sequences/exit-reasons";
import { sequenceActivityRow } from "./sequence-activity";

/** Whose active enrolments end: a lead's, a contact's, or named enrolments. */
export type ExitTarget = { leadId?: string | null; contactId?: string | null; enrolmentIds?: string[] };

/**
 * Ends the ACTIVE enrolments of a lead or contact (or the named ones) inside `tx` — the exit rules'
 * one entry point (a reply or a booked call through recordActivity, a bounce or complaint through
 * the email events, an unsubscribe, a stage change through moveLeadToStage, a manual unenrol):
 * - each becomes EXITED with `exitReason` and `exitedAt`, its `activeKey` and `nextRunAt` cleared
 *   (a compare-and-set on ACTIVE, so a tick that claimed it meanwhile finds it gone);
 * - the steps it had not reached get CANCELLED runs, and its open task runs are CANCELLED with
 *   their tasks closed (DONE, a line added to the notes saying why);
 * - its timeline gets a note naming the sequence and the reason.
 * An email already claimed by a tick (a PENDING run) is left to finish.
 * @param stageId - for reason STAGE (and WON / LOST from a stage move): only sequences naming this
 *   stage in `exitStageKeys` are left (WON / LOST leave every sequence).
 * @returns how many enrolments ended.
 */
export async function exitSequenceEnrolments(tx: Tx, target: ExitTarget, reason: SequenceExitReason, now: Date, stageId?: string): Promise<number> {
  const or: Prisma.SequenceEnrolmentWhereInput[] = [];
  if (target.leadId) or.push({ leadId: target.leadId });
  if (target.contactId) or.push({ contactId: target.contactId });
  if (target.enrolmentIds?.length) or.push({ id: { in: target.enrolmentIds } });
  if (!or.length) return 0;
  const enrolments = await tx.sequenceEnrolment.findMany({
    where: { status: "ACTIVE", OR: or, ...(reason === "STAGE" && stageId ? { sequence: { exitStageKeys: { contains: `|${stageId}|` } } } : {}) },
    select: {
      id: true,
      nextStep: true,
      leadId: true,
      contactId: true,
      sequence: { select: { id: true, name: true, steps: { select: { id: true, position: true } } } },
      runs: { select: { id: true, stepId: true, status: true, taskId: true } },
    },
  });
  let exited = 0;
  for (const enrolment of enrolments) {
    const { count } = await tx.sequenceEnrolment.updateMany({
      where: { id: enrolment.id, status: "ACTIVE" },
      data: { status: "EXITED", activeKey: null, nextRunAt: null, exitReason: reason, exitedAt: now },
    });
    if (!count) continue;
    exited++;
    const ran = new Set(enrolment.runs.map((r) => r.stepId));
    const notReached = enrolment.sequence.steps.filter((s) => !ran.has(s.id));
    if (notReached.length) await tx.sequenceStepRun.createMany({ data: notReached.map((s) => ({ enrolmentId: enrolment.id, stepId: s.id, status: "CANCELLED" as const, createdAt: now })) });
    const openTasks = enrolment.runs.filter((r) => r.status === "TASK_OPEN");
    if (openTasks.length) {
      await tx.sequenceStepRun.updateMany({ where: { id: { in: openTasks.map((r) => r.id) } }, data: { status: "CANCELLED", doneAt: now } });
      const taskIds = openTasks.flatMap((r) => (r.taskId ? [r.taskId] : []));
      const tasks = await tx.task.findMany({ where: { id: { in: taskIds }, status: { not: "DONE" } }, select: { id: true, notes: true } });
      for (const task of tasks) {
        const line = `Closed: left the sequence “${enrolment.sequence.name}” (${EXIT_REASON_TEXT[reason]}).`;
        await tx.task.update({ where: { id: task.id }, data: { status: "DONE", completedAt: now, notes: task.notes ? `${task.notes}\n\n${line}` : line }, select: { id: true } });
      }
    }
    await tx.activity.create({
      data: sequenceActivityRow({
        event: "exited",
        sequence: enrolment.sequence,
        enrolmentId: enrolment.id,
        leadId: enrolment.leadId,
        contactId: enrolment.contactId,
        reason,
        subject: `Left the sequence “${enrolment.sequence.name}”: ${EXIT_REASON_TEXT[reason]}`,
        at: now,
      }) as Prisma.ActivityUncheckedCreateInput,
      select: { id: true },
    });
  }
  return exited;
}
