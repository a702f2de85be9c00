import { setTimeout as sleep } from "node:timers/promises";
import type { Resend } from "resend";
import { getDb, type Tx } from "@/server/db";
import type { RequestPacer } from "@/server/email/resend-request-pacer";
import { deliverEmailBatch } from "@/server/email/deliver-email-batch";
import type { JobContext, JobCounts } from "@/server/jobs/job-type";
import { markBatchSent } from "./mark-batch-sent";
import type { PreparedEmail } from "./prepare-campaign-batch";

/** The Idempotency-Key of a campaign batch: the same on every attempt, so Resend never sends it twice. */
export function campaignBatchKey(campaignId: string, batch: number): string {
  return `campaign/${campaignId}/batch/${batch}`;
}

/**
 * Writes a batch's outcome and the job's progress in one transaction. A cancel or pause seen by
 * addProgress does not roll back the recipients' update — those emails left — it is thrown once
 * the transaction has committed.
 */
async function saveBatch(context: JobContext<unknown>, write: (tx: Tx) => Promise<void>, counts: Partial<JobCounts>): Promise<void> {
  let stopped: unknown = null;
  await getDb().$transaction(
    async (tx) => {
      await write(tx);
      try {
        await context.addProgress(tx, counts);
      } catch (error) {
        stopped = error;
      }
    },
    { timeout: 30_000 },
  );
  if (stopped) throw stopped;
}

/** The From and Reply-To of a batch: every email of a campaign has its sender's (prepareCampaignBatch). */
function senderOf(emails: PreparedEmail[]): { from: string; replyTo: string | null } {
  return { from: emails[0].email.from, replyTo: (emails[0].email.replyTo as string | undefined) ?? null };
}

/** Waits `ms`, or less when the job is cancelled or yielded meanwhile (the next checkpoint then stops it). */
async function wait(context: JobContext<unknown>, ms: number): Promise<void> {
  await sleep(ms, undefined, { signal: context.signal }).catch(() => undefined);
  await context.checkpoint();
}

/**
 * Sends one campaign batch and records it.
 * - Without a Resend client (no RESEND_API_KEY): the emails go to the local outbox — status SENT,
 *   `outbox` true, with the rendered subject, HTML and text stored.
 * - With one: one `POST /emails/batch` (deliverEmailBatch: at most 100 emails, paced by `pacer`,
 *   429s and transient failures tried again) with Idempotency-Key `campaign/<id>/batch/<n>`.
 *   Accepted: each recipient gets its Resend id and SENT. When the tries run out the error is
 *   thrown, so the job's retry resumes here; a permanent failure marks the batch's recipients
 *   FAILED with Resend's message.
 * The recipients' update (markBatchSent, one statement) and the job's progress are saved in one
 * transaction.
 * @param now - the clock for sentAt / statusAt.
 * @throws Error after deliverEmailBatch's tries run out;
 *   JobCancelledError (and the worker's stop signals) when the job is cancelled or yielded.
 */
export async function sendCampaignBatch({
  context,
  client,
  pacer,
  campaignId,
  batch,
  emails,
  now = () => new Date(),
}: {
  context: JobContext<unknown>;
  client: Resend | null;
  pacer: RequestPacer | null;
  campaignId: string;
  batch: number;
  emails: PreparedEmail[];
  now?: () => Date;
}): Promise<"sent" | "failed"> {
  const n = emails.length;
  if (!client) {
    const at = now();
    await saveBatch(
      context,
      (tx) => markBatchSent(tx, { ...senderOf(emails), at, outbox: true, recipients: emails.map(({ messageId, email }) => ({ messageId, providerId: null, subject: email.subject, html: email.html ?? null, text: email.text ?? null })) }),
      { processed: n, created: n },
    );
    return "sent";
  }
  const outcome = await deliverEmailBatch({
    client,
    pacer,
    emails: emails.map((e) => e.email),
    idempotencyKey: campaignBatchKey(campaignId, batch),
    label: `Batch ${batch}`,
    wait: (ms) => wait(context, ms),
    log: (level, message) => context.log(level, message),
  });
  if (outcome.ok) {
    const at = now();
    await saveBatch(
      context,
      (tx) => markBatchSent(tx, { ...senderOf(emails), at, outbox: false, recipients: emails.map(({ messageId, email }, i) => ({ messageId, providerId: outcome.ids[i], subject: email.subject, html: null, text: null })) }),
      { processed: n, created: n },
    );
    return "sent";
  }
  await saveBatch(
    context,
    async (tx) => {
      await tx.emailMessage.updateMany({ where: { id: { in: emails.map((e) => e.messageId) }, status: "QUEUED" }, data: { status: "FAILED", statusAt: now(), error: outcome.error } });
    },
    { processed: n, failed: n },
  );
  return "failed";
}
