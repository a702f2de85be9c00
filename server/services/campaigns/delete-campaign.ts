import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import type { Actor } from "@/server/services/permissions";
import { EDITABLE_STATUSES, findCampaignToChange } from "./campaign-record";

/**
 * Deletes a draft campaign (its creator, a manager or an admin). A campaign that has been
 * scheduled or sent stays, for its recipients and stats (cancel it instead).
 * @throws NotFoundError, ForbiddenError, ConflictError when it is not a draft.
 */
export async function deleteCampaign(actor: Actor, campaignId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const campaign = await findCampaignToChange(tx, actor, campaignId);
    if (!EDITABLE_STATUSES.includes(campaign.status)) throw new ConflictError("Only a draft campaign can be deleted; cancel it instead");
    await tx.campaign.delete({ where: { id: campaign.id } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Campaign", entityId: campaign.id, changes: { name: campaign.name } });
  });
}
