import { zonedDateTimeToUtc } from "@/lib/campaigns/zoned-date-time";
import { campaignSendSchema, type CampaignSendInput } from "@/lib/validation/campaign";
import { getDb } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findCampaignToChange } from "./campaign-record";
import { campaignSendJob } from "./campaign-send-job";
import { previewCampaignAudience } from "./preview-campaign-audience";

/** The unique key of a campaign's sending job: one at a time per campaign. */
export const campaignJobKey = (campaignId: string) => `campaign/${campaignId}`;

/**
 * Sends a draft campaign now, or schedules it: `sendAt` is a wall-clock time in the actor's time
 * zone (stored UTC in `scheduledAt`, the zone in `timeZone`). The audience is checked first: an
 * empty one, or one where nobody can be emailed (all suppressed, unsubscribed, without a valid
 * address), is refused. The CAMPAIGN_SEND job is enqueued with its run-at in the same
 * transaction that sets the status (SENDING, or SCHEDULED).
 * @param now - the clock.
 * @throws NotFoundError, ForbiddenError, ConflictError (not a draft), ValidationError (`sendAt`
 *   not a time or in the past; the audience refused, with the reason).
 */
export async function sendCampaign(actor: Actor & { timeZone: string }, campaignId: string, input: CampaignSendInput, now: Date = new Date()): Promise<{ id: string; jobId: string }> {
  const { sendAt } = parseOrThrow(campaignSendSchema, input ?? {});
  const db = getDb();
  const campaign = await findCampaignToChange(db, actor, campaignId);
  if (campaign.status !== "DRAFT") throw new ConflictError(`The campaign is already ${campaign.status.toLowerCase()}`);
  let scheduledAt: Date | null = null;
  if (sendAt) {
    scheduledAt = zonedDateTimeToUtc(sendAt, actor.timeZone);
    if (!scheduledAt) throw new ValidationError("Enter a valid date and time", { sendAt: ["Enter a valid date and time"] });
    if (scheduledAt.getTime() <= now.getTime()) throw new ValidationError("Choose a time in the future", { sendAt: ["Choose a time in the future"] });
  }
  const audience = await previewCampaignAudience(campaign.id, now);
  if (audience.matched === 0) throw new ValidationError("The audience is empty: the segment matches nobody", { segmentId: ["The segment matches nobody"] });
  if (audience.recipients === 0) {
    throw new ValidationError("No one in the audience can be emailed: all are suppressed, unsubscribed or without a valid address", { segmentId: ["Everyone in this segment is suppressed or has no valid email"] });
  }
  return db.$transaction(async (tx) => {
    const job = await enqueueJob(campaignSendJob, { payload: { campaignId: campaign.id }, runAt: scheduledAt ?? now, uniqueKey: campaignJobKey(campaign.id), createdById: actor.id, total: audience.recipients }, tx);
    const { count } = await tx.campaign.updateMany({
      where: { id: campaign.id, status: "DRAFT" },
      data: { status: scheduledAt ? "SCHEDULED" : "SENDING", scheduledAt, timeZone: actor.timeZone, jobId: job.id, startedAt: scheduledAt ? null : now },
    });
    if (!count) throw new ConflictError("The campaign was sent meanwhile");
    await recordAudit(tx, { actorId: actor.id, action: scheduledAt ? "schedule" : "send", entityType: "Campaign", entityId: campaign.id, changes: { scheduledAt, recipients: audience.recipients } });
    return { id: campaign.id, jobId: job.id };
  });
}
