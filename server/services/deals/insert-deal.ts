import type { NewDealData } from "@/lib/validation/deal";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertOwnerExists } from "@/server/services/companies/assert-owner-exists";
import { awardDealMoveInTx } from "@/server/services/gamification/award-hooks";
import { dealColumns } from "./deal-columns";
import { checkDealLinks } from "./deal-links";
import { topPositionInStage } from "./top-position";

/**
 * Inserts a validated deal inside the caller's transaction, at the top of its stage's column
 * (see startStage for where it starts). A deal created in a Proposal stage has reached it: its
 * owner gets the proposal-sent award (awardDealMoveInTx), as a move there would pay.
 * @param who - the acting user's id (audit log), the owner the caller decided on, and the time
 *   zone of the expected close day.
 * @param now - when it entered its stage.
 * @throws ValidationError for an unsuitable stage or pipeline, unknown links or owner.
 */
export async function insertDeal(tx: Tx, who: { actorId: string; ownerId: string; timeZone: string }, data: NewDealData, now: Date): Promise<{ id: string }> {
  const stage = await startStage(tx, data.pipelineId, data.stageId);
  await assertOwnerExists(tx, who.ownerId);
  const { companyName } = await checkDealLinks(tx, data);
  const deal = await tx.deal.create({
    data: {
      ...dealColumns(data, stage.probability, companyName, who.timeZone),
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      position: await topPositionInStage(tx, stage.id),
      stageChangedAt: now,
      ownerId: who.ownerId,
      tags: { connectOrCreate: data.tags.map((name) => ({ where: { name }, create: { name } })) },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: who.actorId,
    action: "create",
    entityType: "Deal",
    entityId: deal.id,
    changes: { title: data.title, stageId: stage.id, value: data.value, currency: data.currency, leadId: data.leadId },
  });
  await awardDealMoveInTx(tx, who.actorId, { id: deal.id, ownerId: who.ownerId, stageKind: stage.kind, stageName: stage.name }, now);
  return deal;
}

const fieldError = (field: string, message: string) => new ValidationError("Some fields need attention", { [field]: [message] });

/**
 * The stage a new deal starts in: `stageId` (an open stage of a deal pipeline, of `pipelineId`
 * when both are given), else the first open stage of `pipelineId`. One of them must be given.
 * @throws ValidationError on stageId or pipelineId.
 */
async function startStage(tx: Tx, pipelineId: string | null, stageId: string | null) {
  const select = { id: true, pipelineId: true, probability: true, kind: true, name: true } as const;
  if (stageId) {
    const stage = await tx.stage.findFirst({ where: { id: stageId, pipeline: { kind: "DEAL" } }, select });
    if (!stage || (pipelineId && stage.pipelineId !== pipelineId)) throw fieldError("stageId", "Choose a stage of the deal's pipeline");
    if (stage.kind !== "OPEN") throw fieldError("stageId", "A new deal starts in an open stage (mark it won or lost from its page)");
    return stage;
  }
  if (!pipelineId) throw fieldError("pipelineId", "Choose a pipeline");
  const stage = await tx.stage.findFirst({ where: { pipelineId, kind: "OPEN", pipeline: { kind: "DEAL" } }, orderBy: [{ position: "asc" }, { id: "asc" }], select });
  if (!stage) throw fieldError("pipelineId", "Choose a deal pipeline");
  return stage;
}
