import type { SplitShare } from "@/lib/campaigns/assign-variants";
import { getDb } from "@/server/db";
import { createResendClient } from "@/server/email/resend-client";
import { resendRequestPacer } from "@/server/email/resend-request-pacer";
import { ValidationError } from "@/server/errors";
import { JobCancelledError, type JobContext } from "@/server/jobs/job-type";
import { senderFor } from "@/server/services/email-settings/sender-for";
import { materializeCampaignRecipients } from "./materialize-campaign-recipients";
import { compileCampaignVariants, prepareCampaignBatch, type CampaignSendSetup, type PreparedEmail } from "./prepare-campaign-batch";
import { sendCampaignBatch } from "./send-campaign-batch";

/** A CAMPAIGN_SEND job's payload. */
export type CampaignSendPayload = { campaignId: string };

/** Loads what every email of the campaign shares; the template's variants by label (A: its own), compiled once for the whole send. */
async function loadSetup(campaign: { id: string; templateId: string | null; createdById: string | null }): Promise<CampaignSendSetup> {
  const db = getDb();
  if (!campaign.templateId) throw new ValidationError("The campaign's template was deleted");
  const [template, user] = await Promise.all([
    db.template.findUnique({ where: { id: campaign.templateId }, select: { subject: true, body: true, variants: { select: { label: true, subject: true, body: true } } } }),
    campaign.createdById ? db.user.findUnique({ where: { id: campaign.createdById }, select: { name: true, email: true, emailFromName: true, emailReplyTo: true } }) : null,
  ]);
  if (!template) throw new ValidationError("The campaign's template was deleted");
  const variants = new Map([["A", { subject: template.subject, body: template.body }], ...template.variants.map((v) => [v.label, { subject: v.subject, body: v.body }] as const)]);
  return { campaignId: campaign.id, sender: await senderFor(user), senderContext: { name: user?.name ?? "", email: user?.email ?? null }, variants: compileCampaignVariants(variants) };
}

/**
 * The handler of a CAMPAIGN_SEND job: sends a campaign, resumably.
 * 1. A scheduled campaign becomes SENDING; a campaign that is not SENDING then (paused or
 *    cancelled meanwhile) is left alone.
 * 2. Its recipients are made once (materializeCampaignRecipients), on the first attempt.
 * 3. Its batches with QUEUED recipients are sent in order (sendCampaignBatch), each saved with the
 *    job's progress in one transaction, so an attempt after a crash (`kill -9`), a retry, or a
 *    resume after a pause starts at the next unsent batch; a batch that was sent but not saved is
 *    sent again with the same Idempotency-Key, which Resend answers without sending. The next
 *    batch is rendered while the current one waits for its slot of the rate limit.
 * 4. Pause and cancel stop it between batches (the job's checkpoint, and the campaign's status);
 *    when every batch is done the campaign is SENT (also when a pause came during the last batch).
 * @throws ValidationError (the job FAILS at once, and so does the campaign) when the template or
 *   segment is gone or nobody is left to send to; other errors retry the job.
 */
export async function runCampaignSend(context: JobContext<CampaignSendPayload>): Promise<void> {
  const db = getDb();
  const now = () => new Date();
  const { campaignId } = context.payload;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, status: true, templateId: true, split: true, createdById: true, segment: { select: { kind: true, filters: true } } },
  });
  if (!campaign) throw new ValidationError("The campaign was deleted");
  if (campaign.status === "SCHEDULED") {
    await db.campaign.updateMany({ where: { id: campaignId, status: "SCHEDULED" }, data: { status: "SENDING", startedAt: now() } });
  } else if (campaign.status !== "SENDING") {
    await context.log("info", `The campaign is ${campaign.status.toLowerCase()}; nothing to send`);
    return;
  }
  const setup = await loadSetup(campaign);
  const sender = campaign.createdById ? await db.user.findUnique({ where: { id: campaign.createdById }, select: { id: true, timeZone: true } }) : null;

  const existing = await db.emailMessage.count({ where: { campaignId } });
  if (existing === 0) {
    const { total, queued } = await materializeCampaignRecipients(context, { ...campaign, split: campaign.split as SplitShare[] }, sender ?? { id: "", timeZone: "UTC" }, now());
    await context.setTotal(total);
    await context.log("info", `${queued.toLocaleString("en")} recipients to send to, ${(total - queued).toLocaleString("en")} left out`);
  } else {
    // A new job after a pause starts its counts at 0: carry over what earlier jobs did.
    const done = await db.emailMessage.count({ where: { campaignId, status: { not: "QUEUED" } } });
    await context.setTotal(existing);
    if (done > context.job.processed) await db.$transaction((tx) => context.addProgress(tx, { processed: done - context.job.processed }));
    if (done > 0) await context.log("info", `Resuming: ${done.toLocaleString("en")} of ${existing.toLocaleString("en")} recipients already done`);
  }

  const batches = (await db.emailMessage.groupBy({ by: ["batch"], where: { campaignId, status: "QUEUED" }, orderBy: { batch: "asc" } })).map((row) => row.batch).filter((b): b is number => b !== null);
  const client = createResendClient();
  const pacer = client ? resendRequestPacer() : null;
  let next: Promise<PreparedEmail[]> | null = batches.length ? prepareCampaignBatch(setup, batches[0]) : null;
  for (let i = 0; i < batches.length; i++) {
    const emails = await next!;
    // Rendering the next batch overlaps with this one's wait for the rate limit.
    next = i + 1 < batches.length ? prepareCampaignBatch(setup, batches[i + 1]) : null;
    next?.catch(() => undefined);
    await context.checkpoint();
    const state = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
    if (state?.status !== "SENDING") {
      // Paused or cancelled before its job's cancel request arrived: the job ends CANCELLED either way.
      await context.log("info", `Stopped before batch ${batches[i]}: the campaign is ${state?.status.toLowerCase() ?? "deleted"}`);
      throw new JobCancelledError();
    }
    if (emails.length) await sendCampaignBatch({ context, client, pacer, campaignId, batch: batches[i], emails, now });
  }
  // Every batch went out: the campaign is sent, even when a pause arrived during the last one.
  await db.campaign.updateMany({ where: { id: campaignId, status: { in: ["SENDING", "PAUSED"] } }, data: { status: "SENT", finishedAt: now() } });
}
