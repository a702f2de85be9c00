import { leadInputSchema, type LeadInput } from "@/lib/validation/lead";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { awardLeadStageInTx } from "@/server/services/gamification/award-hooks";
import { parseOrThrow } from "@/server/services/parse";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { ownerForNewRecord, type Actor } from "@/server/services/permissions";
import { leadColumns, leadTags, tagIdsFor } from "./lead-write-data";
import { firstLeadStageId } from "./lead-stage";

/**
 * Creates a lead. SALES users always own the leads they create. A lead created in Proposal Sent
 * has reached it: its creator gets the proposal-sent award (awardLeadStageInTx), as a move there would pay.
 * @param actor - the acting user and their time zone (for the next action day).
 * @param now - the instant its score is computed at (lead scoring).
 * @throws ValidationError for invalid input; NotFoundError for an unknown stage.
 */
export async function createLead(actor: Actor & { timeZone: string }, input: LeadInput, now = new Date()): Promise<{ id: string }> {
  const data = parseOrThrow(leadInputSchema, input);
  const db = getDb();
  const stageId = data.stageId ?? (await firstLeadStageId());
  return db.$transaction(async (tx) => {
    const stage = await tx.stage.findFirst({ where: { id: stageId, pipeline: { kind: "LEAD" } }, select: { name: true } });
    if (!stage) throw new NotFoundError("Stage");
    const lead = await tx.lead.create({
      data: {
        ...leadColumns(data, actor.timeZone),
        stageId,
        ownerId: ownerForNewRecord(actor, data.ownerId),
        websiteIssues: { create: data.websiteIssues.map((issue) => ({ issue })) },
        ...leadTags(await tagIdsFor(tx, data.tags), "create"),
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Lead", entityId: lead.id, changes: { name: data.name } });
    await awardLeadStageInTx(tx, actor.id, { id: lead.id, stageName: stage.name }, now);
    await rescoreLeads(tx, [lead.id], now);
    return lead;
  });
}
