import { z } from "zod";
import { recordIdSchema } from "@/lib/validation/common";
import { getDb } from "@/server/db";
import { defineJobType } from "@/server/jobs/job-type";
import { runCampaignSend } from "./run-campaign-send";

/**
 * CAMPAIGN_SEND: sends a campaign's batches through Resend (runCampaignSend), resuming after a
 * crash at its next unsent batch. One runs at a time across all workers: Resend's rate limit is
 * per team and each process paces itself, so two campaigns at once would each take the whole
 * limit. When the job stops for good the campaign follows: FAILED when the job failed; PAUSED when
 * the job was cancelled on /jobs while the campaign was still sending (resume it from its page).
 */
export const campaignSendJob = defineJobType({
  type: "CAMPAIGN_SEND",
  payload: z.object({ campaignId: recordIdSchema }),
  concurrency: 1,
  maxAttempts: 5,
  handler: runCampaignSend,
  async onFinished({ payload, status }) {
    const db = getDb();
    if (status === "FAILED") {
      await db.campaign.updateMany({ where: { id: payload.campaignId, status: { in: ["SCHEDULED", "SENDING"] } }, data: { status: "FAILED", finishedAt: new Date() } });
    } else if (status === "CANCELLED") {
      await db.campaign.updateMany({ where: { id: payload.campaignId, status: { in: ["SCHEDULED", "SENDING"] } }, data: { status: "PAUSED" } });
    }
  },
});
