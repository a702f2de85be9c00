import { campaignInputSchema, type CampaignInput } from "@/lib/validation/campaign";
import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { checkCampaignReferences } from "./check-campaign-references";
import { EDITABLE_STATUSES, findCampaignToChange } from "./campaign-record";

/**
 * Changes a draft campaign's name, template, split and segment (its creator, a manager or an admin).
 * @throws NotFoundError, ForbiddenError, ValidationError with field errors, ConflictError once it
 *   is scheduled or sent.
 */
export async function updateCampaign(actor: Actor, campaignId: string, input: CampaignInput): Promise<{ id: string }> {
  const data = parseOrThrow(campaignInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const campaign = await findCampaignToChange(tx, actor, campaignId);
    if (!EDITABLE_STATUSES.includes(campaign.status)) throw new ConflictError("Only a draft campaign can be changed");
    await checkCampaignReferences(tx, data);
    await tx.campaign.update({ where: { id: campaign.id }, data, select: { id: true } });
    const before = { name: campaign.name, templateId: campaign.templateId, segmentId: campaign.segmentId, split: JSON.stringify(campaign.split) };
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Campaign", entityId: campaign.id, changes: changedFields(before, { ...data, split: JSON.stringify(data.split) }) });
    return { id: campaign.id };
  });
}
