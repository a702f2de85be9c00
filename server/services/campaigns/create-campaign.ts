import { campaignInputSchema, type CampaignInput } from "@/lib/validation/campaign";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { checkCampaignReferences } from "./check-campaign-references";

/**
 * Creates a draft campaign (anyone may): a name, an email template with the A/B split of its
 * variants (percentages adding up to 100) and a segment.
 * @throws ValidationError with field errors (see campaignInputSchema, checkCampaignReferences).
 */
export async function createCampaign(actor: Actor, input: CampaignInput): Promise<{ id: string }> {
  const data = parseOrThrow(campaignInputSchema, input);
  return getDb().$transaction(async (tx) => {
    await checkCampaignReferences(tx, data);
    const campaign = await tx.campaign.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Campaign", entityId: campaign.id, changes: { name: data.name } });
    return campaign;
  });
}
