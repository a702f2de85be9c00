import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { campaignSelect, toCampaignRow, type CampaignRow } from "./campaign-record";

/** The sending job's progress as the campaign page shows it (null before the first send). */
export type CampaignJobProgress = { id: string; status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED"; processed: number; total: number | null; lastError: string | null; cancelRequested: boolean };

export type CampaignDetail = CampaignRow & { job: CampaignJobProgress | null };

/**
 * A campaign with its sending job's progress (everyone may see campaigns; the team shares them).
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getCampaign(campaignId: string): Promise<CampaignDetail> {
  assertRecordId(campaignId, "Campaign");
  const db = getDb();
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: campaignSelect });
  if (!campaign) throw new NotFoundError("Campaign");
  const job = campaign.jobId
    ? await db.job.findUnique({ where: { id: campaign.jobId }, select: { id: true, status: true, processed: true, total: true, lastError: true, cancelRequestedAt: true } })
    : null;
  return {
    ...(toCampaignRow(campaign) as CampaignRow),
    job: job ? { id: job.id, status: job.status, processed: job.processed, total: job.total, lastError: job.lastError, cancelRequested: job.cancelRequestedAt !== null } : null,
  };
}
