import { taskLinkOf } from "@/lib/sequences/task-link";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";

/** An enrolment as the pages and the API show it. */
export type EnrolmentRow = {
  id: string;
  sequence: { id: string; name: string; stepCount: number };
  lead: { id: string; name: string; ownerId: string | null } | null;
  contact: { id: string; name: string; ownerId: string | null } | null;
  owner: { id: string; name: string } | null;
  status: "ACTIVE" | "COMPLETED" | "EXITED";
  /** Position (0-based) of the next step; the step count when all have run. */
  nextStep: number;
  nextRunAt: Date | null;
  exitReason: string | null;
  enrolledAt: Date;
  exitedAt: Date | null;
  completedAt: Date | null;
  /** Open tasks its steps made, with their one-click links. */
  openTasks: Array<{ id: string; title: string; link: { label: string; href: string } | null }>;
};

const enrolmentSelect = {
  id: true,
  status: true,
  nextStep: true,
  nextRunAt: true,
  exitReason: true,
  enrolledAt: true,
  exitedAt: true,
  completedAt: true,
  sequence: { select: { id: true, name: true, _count: { select: { steps: true } } } },
  lead: { select: { id: true, name: true, ownerId: true } },
  contact: { select: { id: true, firstName: true, lastName: true, ownerId: true } },
  owner: { select: { id: true, name: true } },
  runs: { where: { status: "TASK_OPEN" }, select: { task: { select: { id: true, title: true, notes: true, status: true } } } },
} satisfies Prisma.SequenceEnrolmentSelect;

function toRow(row: Prisma.SequenceEnrolmentGetPayload<{ select: typeof enrolmentSelect }>): EnrolmentRow {
  return {
    id: row.id,
    sequence: { id: row.sequence.id, name: row.sequence.name, stepCount: row.sequence._count.steps },
    lead: row.lead,
    contact: row.contact ? { id: row.contact.id, name: [row.contact.firstName, row.contact.lastName].filter(Boolean).join(" "), ownerId: row.contact.ownerId } : null,
    owner: row.owner,
    status: row.status,
    nextStep: row.nextStep,
    nextRunAt: row.nextRunAt,
    exitReason: row.exitReason,
    enrolledAt: row.enrolledAt,
    exitedAt: row.exitedAt,
    completedAt: row.completedAt,
    openTasks: row.runs.flatMap((r) => (r.task && r.task.status !== "DONE" ? [{ id: r.task.id, title: r.task.title, link: taskLinkOf(r.task.notes) }] : [])),
  };
}

/**
 * A sequence's enrolments, newest first (at most `take`, 200 by default), optionally of one status.
 * @throws NotFoundError (assertRecordId) for a malformed id.
 */
export async function listSequenceEnrolments(sequenceId: string, { status, take = 200 }: { status?: "ACTIVE" | "COMPLETED" | "EXITED"; take?: number } = {}): Promise<EnrolmentRow[]> {
  assertRecordId(sequenceId, "Sequence");
  const rows = await getDb().sequenceEnrolment.findMany({ where: { sequenceId, ...(status ? { status } : {}) }, orderBy: [{ enrolledAt: "desc" }, { id: "desc" }], take, select: enrolmentSelect });
  return rows.map(toRow);
}

/** A lead's or contact's enrolments (its record page's card), active first then newest. */
export async function listRecordEnrolments(record: { leadId: string } | { contactId: string }): Promise<EnrolmentRow[]> {
  const rows = await getDb().sequenceEnrolment.findMany({ where: record, orderBy: [{ enrolledAt: "desc" }, { id: "desc" }], take: 50, select: enrolmentSelect });
  return rows.map(toRow).sort((a, b) => Number(b.status === "ACTIVE") - Number(a.status === "ACTIVE"));
}

/**
 * One enrolment.
 * @returns null for an unknown id.
 * @throws NotFoundError (assertRecordId) for a malformed id.
 */
export async function getEnrolment(enrolmentId: string): Promise<EnrolmentRow | null> {
  assertRecordId(enrolmentId, "Enrolment");
  const row = await getDb().sequenceEnrolment.findUnique({ where: { id: enrolmentId }, select: enrolmentSelect });
  return row ? toRow(row) : null;
}
