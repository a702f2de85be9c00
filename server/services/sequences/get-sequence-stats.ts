import { getDb } from "@/server/db";
import { assertRecordId } from "@/server/services/parse";

/** An email step's or one variant's counts: emails sent and how many were opened, clicked, replied to or bounced. */
export type EmailCounts = { sent: number; opened: number; clicked: number; replied: number; bounced: number };

/** One step's figures. Email steps count emails (and per variant); task steps their tasks. */
export type StepStats = EmailCounts & {
  stepId: string;
  position: number;
  kind: "EMAIL" | "TASK" | "WAIT";
  /** Enrolments that reached the step (a run that was not cancelled). */
  reached: number;
  skipped: number;
  cancelled: number;
  tasksOpen: number;
  tasksDone: number;
  variants: Array<{ label: string } & EmailCounts>;
};

/** The sequence's funnel: enrolled, where they are, and how they ended. */
export type SequenceFunnel = { enrolled: number; active: number; completed: number; exited: number; replied: number; exitReasons: Record<string, number> };

export type SequenceStats = { steps: StepStats[]; funnel: SequenceFunnel };

const zero = (): EmailCounts => ({ sent: 0, opened: 0, clicked: 0, replied: 0, bounced: 0 });

/**
 * A sequence's stats: per step and per A/B variant, emails sent, opened, clicked, replied and
 * bounced (from each email's milestones); tasks open and done; runs skipped and cancelled; and the
 * funnel — enrolled, active, completed, exited by reason. A reply (exit reason REPLIED) counts for
 * the last step that reached the recipient before it (the last email sent or task made).
 * @throws NotFoundError (from assertRecordId) for a malformed id.
 */
export async function getSequenceStats(sequenceId: string): Promise<SequenceStats> {
  assertRecordId(sequenceId, "Sequence");
  const db = getDb();
  const [steps, runs, byStatus, byReason] = await Promise.all([
    db.sequenceStep.findMany({ where: { sequenceId }, orderBy: { position: "asc" }, select: { id: true, position: true, kind: true } }),
    db.sequenceStepRun.findMany({
      where: { step: { sequenceId } },
      select: {
        stepId: true,
        status: true,
        variantLabel: true,
        enrolmentId: true,
        taskId: true,
        emailMessageId: true,
        enrolment: { select: { exitReason: true } },
        emailMessage: { select: { sentAt: true, openedAt: true, clickedAt: true, bouncedAt: true } },
        task: { select: { status: true } },
      },
    }),
    db.sequenceEnrolment.groupBy({ by: ["status"], where: { sequenceId }, _count: { _all: true } }),
    db.sequenceEnrolment.groupBy({ by: ["exitReason"], where: { sequenceId, status: "EXITED" }, _count: { _all: true } }),
  ]);
  const positionOf = new Map(steps.map((s) => [s.id, s.position]));
  const stats = new Map<string, StepStats>(steps.map((s) => [s.id, { stepId: s.id, position: s.position, kind: s.kind, reached: 0, skipped: 0, cancelled: 0, tasksOpen: 0, tasksDone: 0, variants: [], ...zero() }]));
  const variants = new Map<string, { label: string } & EmailCounts>();
  // The step a reply counts for: each replied enrolment's furthest email or task.
  const lastTouch = new Map<string, { stepId: string; position: number; variant: string | null }>();
  for (const run of runs) {
    const step = stats.get(run.stepId);
    if (!step) continue;
    if (run.status === "CANCELLED" && !run.taskId) step.cancelled++;
    else step.reached++;
    if (run.status === "SKIPPED") step.skipped++;
    if (run.taskId) {
      if (run.task?.status === "DONE") step.tasksDone++;
      else if (run.task) step.tasksOpen++;
    }
    if (run.emailMessage?.sentAt) {
      const key = `${run.stepId}|${run.variantLabel ?? "A"}`;
      let variant = variants.get(key);
      if (!variant) variants.set(key, (variant = { label: run.variantLabel ?? "A", ...zero() }));
      for (const counts of [step, variant]) {
        counts.sent++;
        if (run.emailMessage.openedAt) counts.opened++;
        if (run.emailMessage.clickedAt) counts.clicked++;
        if (run.emailMessage.bouncedAt) counts.bounced++;
      }
    }
    if (run.enrolment.exitReason === "REPLIED" && (run.emailMessage?.sentAt || run.taskId)) {
      const position = positionOf.get(run.stepId) ?? 0;
      const current = lastTouch.get(run.enrolmentId);
      if (!current || position > current.position) lastTouch.set(run.enrolmentId, { stepId: run.stepId, position, variant: run.emailMessage?.sentAt ? (run.variantLabel ?? "A") : null });
    }
  }
  for (const touch of lastTouch.values()) {
    stats.get(touch.stepId)!.replied++;
    if (touch.variant) {
      const variant = variants.get(`${touch.stepId}|${touch.variant}`);
      if (variant) variant.replied++;
    }
  }
  for (const [key, variant] of variants) stats.get(key.split("|")[0])?.variants.push(variant);
  for (const step of stats.values()) step.variants.sort((a, b) => a.label.localeCompare(b.label));
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const exitReasons = Object.fromEntries(byReason.map((row) => [row.exitReason ?? "MANUAL", row._count._all]));
  return {
    steps: [...stats.values()],
    funnel: { enrolled: count("ACTIVE") + count("COMPLETED") + count("EXITED"), active: count("ACTIVE"), completed: count("COMPLETED"), exited: count("EXITED"), replied: exitReasons.REPLIED ?? 0, exitReasons },
  };
}
