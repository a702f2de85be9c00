import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";
import { weightedValue } from "@/lib/deals/weighted-value";
import type { StageKind } from "@/lib/enums";
import { pipelineRuleViolation, removeStageSchema, type RemoveStageInput } from "@/lib/validation/pipeline";
import { getDb, type Tx } from "@/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin } from "./pipeline-rules";

type Stage = { id: string; name: string; kind: StageKind; probability: number };

/**
 * Removes a stage (admins only). When it holds deals (leads, in the lead pipeline) they first move
 * to `targetStageId`, another stage of the same pipeline, below the cards already there and in
 * their old order; this bulk move is recorded in the audit log, not on each record's timeline.
 * Moved deals take the target's default probability unless they override it (weighted value
 * follows); into an open stage they reopen (closedAt and reason cleared), into a won or lost stage
 * of another kind than before they close now with a reason saying so.
 * @param now - the time of the move (the records' stageChangedAt and closedAt).
 * @returns how many records moved.
 * @throws ForbiddenError; NotFoundError for an unknown stage; ValidationError on `targetStageId`
 *   when records need a target and none (or an unsuitable one) is given; ConflictError when the
 *   pipeline would break its rules (pipelineRuleViolation) without the stage.
 */
export async function removeStage(actor: Actor, stageId: string, input: RemoveStageInput, now = new Date()): Promise<{ moved: number }> {
  assertPipelineAdmin(actor);
  assertRecordId(stageId, "Stage");
  const { targetStageId } = parseOrThrow(removeStageSchema, input);
  return getDb().$transaction(
    async (tx) => {
      const stage = await tx.stage.findUnique({
        where: { id: stageId },
        select: {
          id: true,
          name: true,
          kind: true,
          probability: true,
          position: true,
          pipelineId: true,
          pipeline: { select: { kind: true, stages: { select: { id: true, kind: true } } } },
          _count: { select: { deals: true, leads: true } },
        },
      });
      if (!stage) throw new NotFoundError("Stage");
      const pipelineKind = stage.pipeline.kind;
      const violation = pipelineRuleViolation(pipelineKind, stage.pipeline.stages.filter((s) => s.id !== stageId).map((s) => s.kind));
      if (violation) throw new ConflictError(violation);

      const records = pipelineKind === "LEAD" ? stage._count.leads : stage._count.deals;
      let moved = 0;
      if (records > 0) {
        const noun = pipelineKind === "LEAD" ? "leads" : "deals";
        if (!targetStageId || targetStageId === stageId) {
          throw new ValidationError("Some fields need attention", { targetStageId: [`Choose the stage its ${records} ${noun} move to`] });
        }
        const target = await tx.stage.findFirst({ where: { id: targetStageId, pipelineId: stage.pipelineId }, select: { id: true, name: true, kind: true, probability: true } });
        if (!target) throw new ValidationError("Some fields need attention", { targetStageId: ["Choose a stage of the same pipeline"] });
        moved = pipelineKind === "LEAD" ? await moveLeads(tx, stage.id, target.id, now) : await moveDeals(tx, stage, target, now);
      }
      await tx.stage.delete({ where: { id: stageId } });
      await tx.stage.updateMany({ where: { pipelineId: stage.pipelineId, position: { gt: stage.position } }, data: { position: { decrement: 1 } } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "delete",
        entityType: "Stage",
        entityId: stageId,
        changes: { name: stage.name, pipelineId: stage.pipelineId, moved, targetStageId: moved ? targetStageId : null },
      });
      return { moved };
    },
    { timeout: 120_000 },
  );
}

/** Moves every deal of `from` to the bottom of `to` (see removeStage), one update per deal (each gets its own position key). */
async function moveDeals(tx: Tx, from: Stage, to: Stage, now: Date): Promise<number> {
  const deals = await tx.deal.findMany({
    where: { stageId: from.id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, value: true, probability: true, probabilityOverridden: true, closedAt: true, closeReason: true },
  });
  const last = await tx.deal.findFirst({ where: { stageId: to.id }, orderBy: [{ position: "desc" }, { id: "desc" }], select: { position: true } });
  const keys = generateNKeysBetween(last?.position ?? null, null, deals.length);
  const closes = to.kind !== "OPEN";
  const sameOutcome = to.kind === from.kind;
  for (const [i, deal] of deals.entries()) {
    const probability = deal.probabilityOverridden ? deal.probability : to.probability;
    await tx.deal.update({
      where: { id: deal.id },
      data: {
        stageId: to.id,
        position: keys[i],
        stageChangedAt: now,
        probability,
        weightedValue: weightedValue(deal.value, probability),
        closedAt: !closes ? null : sameOutcome ? (deal.closedAt ?? now) : now,
        closeReason: !closes ? null : sameOutcome && deal.closeReason ? deal.closeReason : `Moved to ${to.name} when the stage “${from.name}” was removed`,
      },
    });
  }
  return deals.length;
}

/**
 * Moves every lead of stage `from` to stage `to` in one statement (the lead pipeline can hold
 * hundreds of thousands): they share one position key below the leads already there, which
 * orders them by id among themselves.
 */
async function moveLeads(tx: Tx, from: string, to: string, now: Date): Promise<number> {
  const last = await tx.lead.findFirst({ where: { stageId: to }, orderBy: [{ position: "desc" }, { id: "desc" }], select: { position: true } });
  const { count } = await tx.lead.updateMany({ where: { stageId: from }, data: { stageId: to, position: generateKeyBetween(last?.position ?? null, null), stageChangedAt: now } });
  return count;
}
