import { reachedStageKeysWith } from "@/lib/leads/filter-keys";
import type { Tx } from "@/server/db";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { awardLeadStageInTx } from "@/server/services/gamification/award-hooks";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { exitSequenceEnrolments } from "@/server/services/sequences/exit-sequence-enrolments";

/**
 * Moves a lead to another stage of the lead pipeline inside `tx` (setting `stageChangedAt` to
 * `now`, and adding both stages to `reachedStageKeys`, what the conversion funnel counts) and records a STAGE_CHANGED activity (who, from, to, when; `reason`, e.g. why it was
 * lost, as its body). Does nothing when the lead is already in that stage.
 * @throws NotFoundError for an unknown lead or stage; ForbiddenError when `actor` may not edit it.
 * @returns whether the stage changed.
 */
export async function moveLeadToStage(
  tx: Tx,
  actor: Actor,
  leadId: string,
  stageId: string,
  now: Date,
  reason: string | null = null,
): Promise<boolean> {
  assertRecordId(leadId, "Lead");
  assertRecordId(stageId, "Stage");
  const lead = await tx.lead.findUnique({
    where: { id: leadId },
    select: { ownerId: true, reachedStageKeys: true, stage: { select: { id: true, name: true } } },
  });
  if (!lead) throw new NotFoundError("Lead");
  assertCanEdit(actor, lead, "lead");
  if (lead.stage.id === stageId) return false;
  const stage = await tx.stage.findFirst({
    where: { id: stageId, pipeline: { kind: "LEAD" } },
    select: { id: true, name: true, kind: true },
  });
  if (!stage) throw new NotFoundError("Stage");
  await tx.lead.update({ where: { id: leadId }, data: { stageId, stageChangedAt: now, reachedStageKeys: reachedStageKeysWith(lead.reachedStageKeys, lead.stage.id, stageId) } });
  await tx.activity.create({
    data: {
      type: "STAGE_CHANGED",
      leadId,
      authorId: actor.id,
      occurredAt: now,
      subject: `${lead.stage.name} → ${stage.name}`,
      body: reason,
      data: { from: lead.stage, to: { id: stage.id, name: stage.name } },
    },
  });
  // Sequences (issue 12): Won and Lost end every enrolment of the lead, other stages those naming them.
  await exitSequenceEnrolments(tx, { leadId }, stage.kind === "WON" ? "WON" : stage.kind === "LOST" ? "LOST" : "STAGE", now, stage.id);
  await awardLeadStageInTx(tx, actor.id, { id: leadId, stageName: stage.name }, now);
  return true;
}

/** Moves one lead to a stage in its own transaction (see moveLeadToStage). */
export async function changeLeadStage(actor: Actor, leadId: string, stageId: string, now = new Date()): Promise<boolean> {
  return getDb().$transaction((tx) => moveLeadToStage(tx, actor, leadId, stageId, now));
}
