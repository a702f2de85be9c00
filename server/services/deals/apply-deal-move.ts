import { weightedValue } from "@/lib/deals/weighted-value";
import { planPlacement } from "@/lib/board/position";
import type { StageKind } from "@/lib/enums";
import type { z } from "zod";
import type { moveDealSchema } from "@/lib/validation/board";
import type { Tx } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { dealColumn } from "@/server/services/board/column-store";
import { awardDealMoveInTx } from "@/server/services/gamification/award-hooks";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Moves a deal on its pipeline's board inside the caller's transaction (moveDeal, winDeal): into
 * stage `stageId` (a column), directly below the card `beforeId` and above `afterId` (both
 * omitted: the top; a neighbour no longer in that column is ignored — see planPlacement). Within its own stage this only reorders. A stage change sets
 * stageChangedAt, the stage's default probability (unless the deal's is overridden) and the
 * weighted value, and records a STAGE_CHANGED activity (who, from, to, when; the reason as its
 * body); into a WON or LOST stage it needs a `reason` and sets closedAt/closeReason, into an OPEN
 * stage it clears them (reopen). It first locks the deal's row, so two people moving the same
 * card at once are applied one after the other: the last move wins.
 * @param move - parsed by moveDealSchema.
 * @param now - the instant of the move (stageChangedAt, closedAt, the activity's time).
 * @returns the kind of the stage it is now in.
 * @throws ValidationError (malformed input; `reason` missing for won/lost; `stageId` of another
 *   pipeline), NotFoundError (deal or stage), ForbiddenError (SALES moving someone else's deal).
 */
export async function applyDealMove(tx: Tx, actor: Actor, { dealId, stageId, beforeId, afterId, reason }: z.output<typeof moveDealSchema>, now: Date): Promise<{ stageKind: StageKind }> {
  // Writing the row first takes its lock (PostgreSQL: a concurrent move waits here, then reads
  // what the first one committed; SQLite: the write lock), so every read below is current.
  const { count } = await tx.deal.updateMany({ where: { id: dealId }, data: { updatedAt: now } });
  if (count === 0) throw new NotFoundError("Deal");
  const deal = await tx.deal.findUniqueOrThrow({
    where: { id: dealId },
    select: {
      ownerId: true,
      pipelineId: true,
      position: true,
      value: true,
      probability: true,
      probabilityOverridden: true,
      closedAt: true,
      closeReason: true,
      stage: { select: { id: true, name: true } },
    },
  });
  assertCanEdit(actor, deal, "deal");
  const stage = await tx.stage.findUnique({ where: { id: stageId }, select: { id: true, name: true, kind: true, probability: true, pipelineId: true } });
  if (!stage) throw new NotFoundError("Stage");
  if (stage.pipelineId !== deal.pipelineId) {
    throw new ValidationError("The deal is not in that pipeline", { stageId: ["Choose a stage of the deal's pipeline"] });
  }
  const stageChanged = stage.id !== deal.stage.id;
  const closing = stage.kind !== "OPEN";
  if (stageChanged && closing && !reason) {
    throw new ValidationError("Say why the deal was " + (stage.kind === "WON" ? "won" : "lost"), { reason: ["A reason is required"] });
  }

  const placement = await planPlacement(dealColumn(tx, stage.id, dealId), { beforeId, afterId });
  for (const card of placement.rekeyed) await tx.deal.update({ where: { id: card.id }, data: { position: card.position }, select: { id: true } });
  const probability = deal.probabilityOverridden ? deal.probability : stage.probability;
  const closedAt = closing ? now : null;
  const closeReason = closing ? reason : null;
  await tx.deal.update({
    where: { id: dealId },
    data: {
      position: placement.position,
      ...(stageChanged && { stageId: stage.id, stageChangedAt: now, probability, weightedValue: weightedValue(deal.value, probability), closedAt, closeReason }),
    },
    select: { id: true },
  });
  if (stageChanged) {
    const from = deal.stage;
    const to = { id: stage.id, name: stage.name };
    await tx.activity.create({
      data: { type: "STAGE_CHANGED", dealId, authorId: actor.id, occurredAt: now, subject: `${from.name} → ${to.name}`, body: closing ? reason : null, data: { from, to } },
    });
    await awardDealMoveInTx(tx, actor.id, { id: dealId, ownerId: deal.ownerId, stageKind: stage.kind, stageName: stage.name }, now);
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: "move",
    entityType: "Deal",
    entityId: dealId,
    changes: {
      position: [deal.position, placement.position],
      ...(stageChanged && {
        stageId: [deal.stage.id, stage.id],
        probability: [deal.probability, probability],
        closedAt: [deal.closedAt, closedAt],
        closeReason: [deal.closeReason, closeReason],
      }),
    },
  });
  return { stageKind: stage.kind };
}
