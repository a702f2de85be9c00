import { planPlacement } from "@/lib/board/position";
import { moveLeadCardSchema } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { leadColumn } from "@/server/services/board/column-store";
import { parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { moveLeadToStage } from "./change-lead-stage";

/**
 * Moves a lead on the lead board: into status `stageId`, directly below `beforeId` and above
 * `afterId` (as moveDeal places deals). A status change goes through moveLeadToStage (timeline
 * entry, stageChangedAt); into a LOST status it needs a `reason`, kept as the timeline entry's
 * body. Into a WON status the lead moves and `offerConversion` tells the board to offer the
 * conversion (/leads/[id]/convert) — the move itself converts nothing. One transaction that
 * first locks the lead's row, so concurrent moves of one card apply one after the other.
 * @throws ValidationError (malformed input; `reason` missing for lost), NotFoundError (lead,
 *   status), ConflictError (the lead was converted meanwhile), ForbiddenError (not its owner, for SALES).
 */
export async function moveLeadCard(
  actor: Actor,
  input: { leadId: string; stageId: string; beforeId?: string | null; afterId?: string | null; reason?: string | null },
  now = new Date(),
): Promise<{ stageChanged: boolean; offerConversion: boolean }> {
  const { leadId, stageId, beforeId, afterId, reason } = parseOrThrow(moveLeadCardSchema, input);
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.lead.updateMany({ where: { id: leadId }, data: { updatedAt: now } });
    if (count === 0) throw new NotFoundError("Lead");
    const lead = await tx.lead.findUniqueOrThrow({ where: { id: leadId }, select: { ownerId: true, convertedAt: true, stageId: true, position: true } });
    assertCanEdit(actor, lead, "lead");
    if (lead.convertedAt) throw new ConflictError("This lead has been converted and is no longer on the board");
    const stage = await tx.stage.findFirst({ where: { id: stageId, pipeline: { kind: "LEAD" } }, select: { id: true, kind: true } });
    if (!stage) throw new NotFoundError("Stage");
    const changing = stage.id !== lead.stageId;
    if (changing && stage.kind === "LOST" && !reason) throw new ValidationError("Say why the lead was lost", { reason: ["A reason is required"] });

    const placement = await planPlacement(leadColumn(tx, stage.id, leadId), { beforeId, afterId });
    for (const card of placement.rekeyed) await tx.lead.update({ where: { id: card.id }, data: { position: card.position }, select: { id: true } });
    const stageChanged = await moveLeadToStage(tx, actor, leadId, stage.id, now, stage.kind === "LOST" ? reason : null);
    await tx.lead.update({ where: { id: leadId }, data: { position: placement.position }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "move",
      entityType: "Lead",
      entityId: leadId,
      changes: { position: [lead.position, placement.position], ...(stageChanged && { stageId: [lead.stageId, stage.id] }) },
    });
    return { stageChanged, offerConversion: stageChanged && stage.kind === "WON" };
  });
}
