import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { getDb } from "@/server/db";
import { deliverEmailBatch } from "@/server/email/deliver-email-batch";
import { renderDailySummary } from "@/server/email/render-daily-summary";
import { createResendClient } from "@/server/email/resend-client";
import { resendRequestPacer } from "@/server/email/resend-request-pacer";
import { MAX_EMAILS_PER_BATCH } from "@/server/email/send-email-batch";
import { markBatchSent } from "@/server/services/campaigns/mark-batch-sent";
import { senderFor } from "@/server/services/email-settings/sender-for";
import { newRowId } from "@/server/services/imports/new-row-id";
import { buildDailySummary, type SharedFigures, type SummaryRecipient } from "./build-daily-summary";
import type { SummaryRevenueInputs } from "./load-summary-revenue";

/** One recipient's outcome: the EmailMessage sent (null when none was), or why it was not sent. */
export type SummaryDelivery = { userId: string; messageId: string } | { userId: string; messageId: null; error: string };

type Rendered = { recipient: SummaryRecipient & { email: string }; messageId: string; subject: string; html: string; text: string };

/** Builds and renders one summary, or says why it could not be. */
async function renderFor(recipient: SummaryRecipient & { email: string }, now: Date, revenue: SummaryRevenueInputs | undefined, shared: SharedFigures): Promise<Rendered | { error: string }> {
  try {
    const parts = await renderDailySummary(await buildDailySummary(recipient, now, revenue, shared));
    return { recipient, messageId: newRowId(now.getTime()), ...parts };
  } catch (error) {
    console.error(`daily summary: building user ${recipient.id}'s summary failed`, error);
    return { error: `The summary could not be built: ${(error as Error).message}` };
  }
}

/**
 * Builds, renders and sends the daily summaries of many users at once (the scheduled run,
 * sendDailySummaries), each to its user's own address, from the workspace sender (Settings →
 * Email), without List-Unsubscribe headers (users turn the summary off in their profile).
 * - With RESEND_API_KEY: through Resend's batch API, up to 100 summaries a call
 *   (deliverEmailBatch: the process's rate-limit pacer, 429s and transient failures tried again,
 *   Idempotency-Key `daily-summary/<first message id>`), so 20 summaries are one request instead
 *   of twenty at Resend's 2 requests a second.
 * - Without it: into the local outbox.
 * Figures that are the same for every recipient (the team's) are read once for the run.
 * Each summary is an EmailMessage (no record, `sentById` its recipient, its HTML and text kept),
 * stored QUEUED before the call and SENT with Resend's id after it. A summary that cannot be
 * built fails alone; a batch Resend refuses, or whose tries run out, fails its recipients: their
 * messages are stored FAILED with the reason.
 * @param now - the current instant (injected so tests control the clock).
 * @param revenue - the recurring lines and rates, loaded once for all recipients.
 * @returns one outcome per recipient, in the order given.
 */
export async function deliverDailySummaries(recipients: ReadonlyArray<SummaryRecipient & { email: string }>, now: Date, revenue?: SummaryRevenueInputs): Promise<SummaryDelivery[]> {
  const db = getDb();
  const client = createResendClient();
  const pacer = client ? resendRequestPacer() : null;
  const sender = await senderFor(null);
  const outcomes = new Map<string, SummaryDelivery>();
  const rendered: Rendered[] = [];
  const shared: SharedFigures = new Map();
  for (const recipient of recipients) {
    const result = await renderFor(recipient, now, revenue, shared);
    if ("error" in result) outcomes.set(recipient.id, { userId: recipient.id, messageId: null, error: result.error });
    else rendered.push(result);
  }

  for (let start = 0; start < rendered.length; start += MAX_EMAILS_PER_BATCH) {
    const batch = rendered.slice(start, start + MAX_EMAILS_PER_BATCH);
    await db.emailMessage.createMany({
      data: batch.map(({ recipient, messageId, subject, html, text }) => ({
        id: messageId,
        toAddress: recipient.email,
        fromAddress: sender.from,
        replyTo: sender.replyTo,
        subject,
        html,
        text,
        outbox: client === null,
        status: "QUEUED" as const,
        statusAt: now,
        sentById: recipient.id,
      })),
    });
    const sent = client
      ? await deliverEmailBatch({
          client,
          pacer,
          emails: batch.map(({ recipient, messageId, subject, html, text }) => ({
            from: sender.from,
            to: recipient.email,
            subject,
            html,
            text,
            ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
            tags: [{ name: "leadwell_message", value: messageId }],
          })),
          idempotencyKey: `daily-summary/${batch[0].messageId}`,
          label: "Daily summary batch",
          wait: (ms) => sleep(ms),
          log: async (level, message) => console[level](`daily summary: ${message}`),
        }).catch((error: Error) => ({ ok: false as const, error: error.message }))
      : ({ ok: true, ids: batch.map(() => null) } as const);

    const ids = batch.map((r) => r.messageId);
    if (sent.ok) {
      await db.$transaction((tx) =>
        markBatchSent(tx, {
          from: sender.from,
          replyTo: sender.replyTo,
          at: now,
          outbox: client === null,
          recipients: batch.map(({ messageId, subject, html, text }, index) => ({ messageId, providerId: sent.ids[index], subject, html, text })),
        }),
      );
      for (const { recipient, messageId } of batch) outcomes.set(recipient.id, { userId: recipient.id, messageId });
    } else {
      await db.emailMessage.updateMany({ where: { id: { in: ids } }, data: { status: "FAILED", statusAt: now, error: sent.error } });
      for (const { recipient } of batch) outcomes.set(recipient.id, { userId: recipient.id, messageId: null, error: sent.error });
    }
  }
  return recipients.map((recipient) => outcomes.get(recipient.id)!);
}
