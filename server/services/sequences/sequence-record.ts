import type { SplitShare } from "@/lib/campaigns/assign-variants";
import type { SequenceData, SequenceStatus, SequenceStepData } from "@/lib/validation/sequence";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/** A step's stored columns, in position order. */
export const sequenceStepSelect = {
  id: true,
  position: true,
  kind: true,
  templateId: true,
  split: true,
  channel: true,
  title: true,
  body: true,
  waitDays: true,
  businessDays: true,
} satisfies Prisma.SequenceStepSelect;

/** What the pages and the API read of a sequence. */
export const sequenceSelect = {
  id: true,
  name: true,
  status: true,
  sendDays: true,
  sendFromHour: true,
  sendToHour: true,
  dailyCap: true,
  spacingMinutes: true,
  exitStageKeys: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  steps: { select: sequenceStepSelect, orderBy: { position: "asc" } },
} satisfies Prisma.SequenceSelect;

type StoredSequence = Prisma.SequenceGetPayload<{ select: typeof sequenceSelect }>;
type StoredStep = Prisma.SequenceStepGetPayload<{ select: typeof sequenceStepSelect }>;

/** A step as the pages and the API show it. */
export type SequenceStepRow = { id: string; position: number } & SequenceStepData;

/** A sequence as the pages and the API show it. */
export type SequenceRow = {
  id: string;
  name: string;
  status: SequenceStatus;
  sendDays: number[];
  sendFromHour: number;
  sendToHour: number;
  dailyCap: number;
  spacingMinutes: number;
  exitStageIds: string[];
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  steps: SequenceStepRow[];
};

/** The stage ids of an "|id|id|" key text. */
export function stageIdsOfKeys(keys: string): string[] {
  return keys.split("|").filter(Boolean);
}

/**
 * A sequence's own columns from the builder's values (create and update write the same): the
 * exit stages as "|id|id|" key text (Sequence.exitStageKeys), or "" for none.
 */
export function sequenceColumns(data: SequenceData) {
  const { name, sendDays, sendFromHour, sendToHour, dailyCap, spacingMinutes, exitStageIds } = data;
  const exitStageKeys = exitStageIds.length ? `|${[...new Set(exitStageIds)].join("|")}|` : "";
  return { name, sendDays, sendFromHour, sendToHour, dailyCap, spacingMinutes, exitStageKeys };
}

const ONLY_A: SplitShare[] = [{ label: "A", percent: 100 }];

/** An email step's split: null when it sends variant A only. */
export function storedSplit(split: unknown): SplitShare[] | null {
  const shares = Array.isArray(split) ? (split as SplitShare[]) : [];
  return shares.length && !(shares.length === 1 && shares[0].label === "A") ? shares : null;
}

/** A stored step in the builder's shape. */
export function toStepRow(step: StoredStep): SequenceStepRow {
  const base = { id: step.id, position: step.position };
  if (step.kind === "EMAIL") return { ...base, kind: "EMAIL", templateId: step.templateId ?? "", split: storedSplit(step.split) as Extract<SequenceStepData, { kind: "EMAIL" }>["split"] };
  if (step.kind === "TASK") return { ...base, kind: "TASK", channel: (step.channel ?? "CALL") as never, title: step.title ?? "", body: step.body, templateId: step.templateId };
  return { ...base, kind: "WAIT", waitDays: step.waitDays ?? 1, businessDays: step.businessDays };
}

/** A stored sequence in the pages' and API's shape. */
export function toSequenceRow(sequence: StoredSequence): SequenceRow {
  return {
    id: sequence.id,
    name: sequence.name,
    status: sequence.status,
    sendDays: Array.isArray(sequence.sendDays) ? (sequence.sendDays as number[]) : [],
    sendFromHour: sequence.sendFromHour,
    sendToHour: sequence.sendToHour,
    dailyCap: sequence.dailyCap,
    spacingMinutes: sequence.spacingMinutes,
    exitStageIds: stageIdsOfKeys(sequence.exitStageKeys),
    createdById: sequence.createdById,
    createdAt: sequence.createdAt,
    updatedAt: sequence.updatedAt,
    steps: sequence.steps.map(toStepRow),
  };
}

/** The columns of a step from the builder's data. */
export function stepColumns(step: SequenceStepData): Omit<Prisma.SequenceStepUncheckedCreateInput, "sequenceId" | "position"> {
  const none = { templateId: null, split: undefined as SplitShare[] | undefined, channel: null, title: null, body: null, waitDays: null, businessDays: false };
  // No split is stored as variant A at 100% (a JSON null would need each client's own DbNull).
  if (step.kind === "EMAIL") return { ...none, kind: "EMAIL", templateId: step.templateId, split: step.split ?? ONLY_A };
  if (step.kind === "TASK") return { ...none, kind: "TASK", channel: step.channel, title: step.title, body: step.body, templateId: step.templateId };
  return { ...none, kind: "WAIT", waitDays: step.waitDays, businessDays: step.businessDays };
}

/**
 * Reads a sequence `actor` may change (its creator, a manager or an admin; canEdit).
 * @throws NotFoundError for an unknown id; ForbiddenError otherwise.
 */
export async function findSequenceToChange(tx: Tx, actor: Actor, sequenceId: string) {
  assertRecordId(sequenceId, "Sequence");
  const sequence = await tx.sequence.findUnique({ where: { id: sequenceId }, select: sequenceSelect });
  if (!sequence) throw new NotFoundError("Sequence");
  assertCanEdit(actor, { ownerId: sequence.createdById }, "sequence");
  return sequence;
}
