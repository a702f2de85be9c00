import { planNextStep, sequenceWindow, type PlannedStep } from "@/lib/sequences/plan-next-step";
import { nextSendInstant } from "@/lib/sequences/send-window";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { sequenceActivityRow } from "./sequence-activity";
import { insertActivities } from "@/server/services/activities/insert-activities";
import { insertStepRuns } from "./sequence-rows";

/** What advancing needs of a sequence: its window and its steps in position order. */
export type TickSequence = {
  id: string;
  name: string;
  sendDays: unknown;
  sendFromHour: number;
  sendToHour: number;
  dailyCap: number;
  spacingMinutes: number;
  steps: Array<PlannedStep & { id: string; templateId: string | null; split: unknown; channel: string | null; title: string | null; body: string | null }>;
};

/** An enrolment being moved on: which sequence, whose, and the recipient's time zone. */
export type AdvancingEnrolment = { id: string; leadId: string | null; contactId: string | null; timeZone: string };

/** The writes of advancing many enrolments, gathered so a batch saves them in few statements. */
export type AdvanceWrites = {
  /** Enrolments moving to a step, by "<nextStep>|<nextRunAt ms>": one updateMany each. */
  moves: Map<string, { nextStep: number; nextRunAt: Date; ids: string[] }>;
  completed: string[];
  waitRuns: Prisma.SequenceStepRunCreateManyInput[];
  activities: Prisma.ActivityCreateManyInput[];
};

export function emptyAdvanceWrites(): AdvanceWrites {
  return { moves: new Map(), completed: [], waitRuns: [], activities: [] };
}

const waitFormats = new Map<string, Intl.DateTimeFormat>();

/** "Tue 8 Dec, 14:48" in `timeZone` (a formatter per zone: making one costs far more than using it). */
function formatWaitEnd(until: Date, timeZone: string): string {
  let format = waitFormats.get(timeZone);
  if (!format) waitFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })));
  return format.format(until);
}

/** Plans by sequence, position, instant and zone: a batch's enrolments mostly share all four. */
const plans = new Map<string, ReturnType<typeof planNextStep>>();

/**
 * Plans an enrolment past the step at `position` − 1 (planNextStep from `position` at `at`) and
 * gathers the writes: its wait steps' runs (DONE at the wait's end) and timeline notes, then the
 * move to the next email or task step (nextStep, nextRunAt), or its completion.
 */
export function planAdvance(writes: AdvanceWrites, sequence: TickSequence, enrolment: AdvancingEnrolment, position: number, at: Date): void {
  const planKey = `${sequence.id}|${JSON.stringify(sequence.sendDays)}|${sequence.sendFromHour}|${sequence.sendToHour}|${sequence.steps.map((s) => `${s.kind}${s.waitDays ?? ""}${s.businessDays ? "b" : ""}`).join(",")}|${position}|${at.getTime()}|${enrolment.timeZone}`;
  let plan = plans.get(planKey);
  if (!plan) {
    if (plans.size > 5000) plans.clear();
    plans.set(planKey, (plan = planNextStep({ steps: sequence.steps, position, at, window: sequenceWindow(sequence), timeZone: enrolment.timeZone })));
  }
  for (const wait of plan.waits) {
    const step = sequence.steps[wait.position];
    writes.waitRuns.push({ enrolmentId: enrolment.id, stepId: step.id, status: "DONE", createdAt: at, doneAt: wait.until });
    writes.activities.push(
      sequenceActivityRow({
        event: "waiting",
        sequence,
        enrolmentId: enrolment.id,
        leadId: enrolment.leadId,
        contactId: enrolment.contactId,
        step: wait.position + 1,
        subject: `Sequence “${sequence.name}”, step ${wait.position + 1}: waiting ${step.waitDays} ${step.businessDays ? "business " : ""}day${step.waitDays === 1 ? "" : "s"} (until ${formatWaitEnd(wait.until, enrolment.timeZone)}, ${enrolment.timeZone})`,
        at,
      }),
    );
  }
  if (!plan.nextRunAt) {
    writes.completed.push(enrolment.id);
    writes.activities.push(sequenceActivityRow({ event: "completed", sequence, enrolmentId: enrolment.id, leadId: enrolment.leadId, contactId: enrolment.contactId, subject: `Completed the sequence “${sequence.name}”`, at }));
    return;
  }
  const key = `${plan.nextStep}|${plan.nextRunAt.getTime()}`;
  const move = writes.moves.get(key) ?? { nextStep: plan.nextStep, nextRunAt: plan.nextRunAt, ids: [] };
  move.ids.push(enrolment.id);
  writes.moves.set(key, move);
}

/**
 * Saves gathered writes inside `tx`. Every enrolment write is a compare-and-set on ACTIVE, so an
 * enrolment that exited meanwhile (a reply during the send) stays exited.
 * @param completedAt - when completed enrolments finished.
 */
export async function saveAdvance(tx: Tx, writes: AdvanceWrites, stepCounts: Map<string, number>, completedAt: Date): Promise<void> {
  for (const move of writes.moves.values()) {
    for (let i = 0; i < move.ids.length; i += 500) {
      await tx.sequenceEnrolment.updateMany({ where: { id: { in: move.ids.slice(i, i + 500) }, status: "ACTIVE" }, data: { nextStep: move.nextStep, nextRunAt: move.nextRunAt } });
    }
  }
  for (const id of writes.completed) {
    await tx.sequenceEnrolment.updateMany({ where: { id, status: "ACTIVE" }, data: { status: "COMPLETED", activeKey: null, nextRunAt: null, completedAt, nextStep: stepCounts.get(id) ?? 0 } });
  }
  await insertStepRuns(tx, writes.waitRuns, completedAt);
  await insertActivities(tx, writes.activities, completedAt);
}

/** A deferred enrolment's next run: the first instant of its sequence's send window at or after `earliest`, in `timeZone`. */
export function deferredRun(sequence: TickSequence, earliest: Date, timeZone: string): Date {
  return nextSendInstant(earliest, sequenceWindow(sequence), timeZone);
}
