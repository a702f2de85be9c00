import { reachedStageKeysWith } from "@/lib/leads/filter-keys";
import type { Tx } from "@/server/db";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

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
    select: { id: true, name: true },
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
      data: { from: lead.stage, to: stage },
    },
  });
  return true;
}

/** Moves one lead to a stage in its own transaction (see moveLeadToStage). */
export async function changeLeadStage(actor: Actor, leadId: string, stageId: string, now = new Date()): Promise<boolean> {
  return getDb().$transaction((tx) => moveLeadToStage(tx, actor, leadId, stageId, now));
}
