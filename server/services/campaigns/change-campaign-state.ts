import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { recordAudit } from "@/server/services/audit";
import type { Actor } from "@/server/services/permissions";
import { findCampaignToChange } from "./campaign-record";
import { campaignSendJob } from "./campaign-send-job";
import { campaignJobKey } from "./send-campaign";
import { stopCampaignJob } from "./stop-campaign-job";

/**
 * Pauses a sending (or scheduled) campaign: it becomes PAUSED and its job stops at its next
 * checkpoint, between batches; what was sent stays sent. Its creator, a manager or an admin.
 * @throws NotFoundError, ForbiddenError, ConflictError when it is not sending or scheduled.
 */
export async function pauseCampaign(actor: Actor, campaignId: string, now: Date = new Date()): Promise<void> {
  const db = getDb();
  const campaign = await findCampaignToChange(db, actor, campaignId);
  const { count } = await db.campaign.updateMany({ where: { id: campaign.id, status: { in: ["SENDING", "SCHEDULED"] } }, data: { status: "PAUSED" } });
  if (!count) throw new ConflictError(`Only a sending or scheduled campaign can be paused; it is ${campaign.status.toLowerCase()}`);
  await stopCampaignJob(actor, campaign.jobId, now);
  await db.$transaction((tx) => recordAudit(tx, { actorId: actor.id, action: "pause", entityType: "Campaign", entityId: campaign.id }));
}

/**
 * Resumes a paused campaign: SENDING again, with a new CAMPAIGN_SEND job that starts at the next
 * unsent batch. Refused while the paused job is still finishing its batch (try again a moment later).
 * @throws NotFoundError, ForbiddenError, ConflictError when it is not paused or its job is still running.
 */
export async function resumeCampaign(actor: Actor, campaignId: string, now: Date = new Date()): Promise<{ jobId: string }> {
  const db = getDb();
  const campaign = await findCampaignToChange(db, actor, campaignId);
  if (campaign.status !== "PAUSED") throw new ConflictError(`Only a paused campaign can be resumed; it is ${campaign.status.toLowerCase()}`);
  if (campaign.jobId) {
    const job = await db.job.findUnique({ where: { id: campaign.jobId }, select: { status: true } });
    if (job?.status === "RUNNING" || job?.status === "QUEUED") throw new ConflictError("The campaign is still stopping after its current batch; try again in a moment");
  }
  return db.$transaction(async (tx) => {
    const job = await enqueueJob(campaignSendJob, { payload: { campaignId: campaign.id }, runAt: now, uniqueKey: campaignJobKey(campaign.id), createdById: actor.id }, tx);
    const { count } = await tx.campaign.updateMany({ where: { id: campaign.id, status: "PAUSED" }, data: { status: "SENDING", jobId: job.id, startedAt: campaign.startedAt ?? now } });
    if (!count) throw new ConflictError("The campaign changed meanwhile");
    await recordAudit(tx, { actorId: actor.id, action: "resume", entityType: "Campaign", entityId: campaign.id });
    return { jobId: job.id };
  });
}

/**
 * Cancels a scheduled, sending or paused campaign for good: CANCELLED, its job stopped at its next
 * checkpoint; recipients not sent yet stay QUEUED (shown as not sent) and are never sent.
 * @throws NotFoundError, ForbiddenError, ConflictError when it is a draft or already finished.
 */
export async function cancelCampaign(actor: Actor, campaignId: string, now: Date = new Date()): Promise<void> {
  const db = getDb();
  const campaign = await findCampaignToChange(db, actor, campaignId);
  const { count } = await db.campaign.updateMany({ where: { id: campaign.id, status: { in: ["SCHEDULED", "SENDING", "PAUSED"] } }, data: { status: "CANCELLED", finishedAt: now } });
  if (!count) throw new ConflictError(`Only a scheduled, sending or paused campaign can be cancelled; it is ${campaign.status.toLowerCase()}`);
  await stopCampaignJob(actor, campaign.jobId, now);
  await db.$transaction((tx) => recordAudit(tx, { actorId: actor.id, action: "cancel", entityType: "Campaign", entityId: campaign.id }));
}
