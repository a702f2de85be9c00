import { randomInt } from "node:crypto";
import type { Resend } from "resend";
import { pickVariant } from "@/lib/sequences/pick-variant";
import { localDayStart, nextLocalDayStart } from "@/lib/sequences/send-window";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import type { CompiledTemplate } from "@/server/email/render-template";
import { deliverEmailBatch } from "@/server/email/deliver-email-batch";
import type { RequestPacer } from "@/server/email/resend-request-pacer";
import { MAX_EMAILS_PER_BATCH } from "@/server/email/send-email-batch";
import { markBatchSent } from "@/server/services/campaigns/mark-batch-sent";
import { compileCampaignVariants, renderRecipientEmail, type PreparedEmail } from "@/server/services/campaigns/prepare-campaign-batch";
import type { Sender } from "@/server/services/email-settings/sender-for";
import { insertRows } from "@/server/services/imports/insert-rows";
import { newRowId } from "@/server/services/imports/new-row-id";
import { sortAudience } from "@/server/services/segments/sort-audience";
import type { LeadForTemplate, ContactForTemplate } from "@/lib/templates/template-context";
import { deferredRun, emptyAdvanceWrites, planAdvance, saveAdvance, type AdvancingEnrolment, type TickSequence } from "./advance-enrolment";
import { storedSplit } from "./sequence-record";
import { sequenceActivityRow } from "./sequence-activity";
import { insertActivities } from "@/server/services/activities/insert-activities";
import { insertStepRuns } from "./sequence-rows";

/** An enrolment's owner as a tick uses it: the sender of its emails. */
export type TickOwner = { id: string; name: string; email: string | null; timeZone: string; sender: Sender };

/** An enrolment at an email step; `resume` names the email a crashed tick claimed and did not finish. */
export type EmailStepEnrolment = {
  enrolment: AdvancingEnrolment;
  sequence: TickSequence;
  step: TickSequence["steps"][number];
  owner: TickOwner | null;
  lead: (LeadForTemplate & { id: string }) | null;
  contact: (ContactForTemplate & { id: string; emailStatus: string }) | null;
  resume: { messageId: string; batch: number | null } | null;
};

type Outcome = { sent: number; failed: number; skipped: number; deferred: number; waiting: number; completed: number };

/** One batch to send: the emails of one sender claimed together. */
type Chunk = { ownerId: string | null; batch: number; items: Array<{ item: EmailStepEnrolment; messageId: string; toAddress: string; variantLabel: string }> };

/** The Idempotency-Key of a sequence batch: its random batch number and first message, the same on every attempt. */
export function sequenceBatchKey(batch: number, firstMessageId: string): string {
  return `sequence/${batch}/${firstMessageId}`;
}

/** Emails a sender has had sent by sequences since `since`, and the last one's time. */
async function senderLoad(ownerId: string | null, since: Date): Promise<{ today: number; lastAt: Date | null }> {
  const where = { sentById: ownerId, sequenceStepRun: { isNot: null } } satisfies Prisma.EmailMessageWhereInput;
  const [today, last] = await Promise.all([
    getDb().emailMessage.count({ where: { ...where, createdAt: { gte: since } } }),
    getDb().emailMessage.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return { today, lastAt: last?.createdAt ?? null };
}

/**
 * Runs the email steps a tick claimed:
 * 1. Who cannot be emailed is skipped, recorded on a SKIPPED run with its reason and on the
 *    timeline (sortAudience: no address, not an address, unsubscribed, suppressed); the enrolment
 *    moves on. Two enrolments to one address in a tick: the second waits for the next tick.
 * 2. Each sender's daily cap (the sequence's `dailyCap`, counted over the sender's local day) and
 *    spacing (`spacingMinutes` since their last sequence email) defer the enrolments over them to
 *    the next local day, or the end of the spacing, within the send window.
 * 3. The rest get a QUEUED EmailMessage (their A/B variant: pickVariant) and a PENDING run, in one
 *    transaction, then go out per sender in batches of up to 100 through Resend's batch API
 *    (deliverEmailBatch: the rate-limit pacer, retries, Idempotency-Key sequenceBatchKey) — or to
 *    the local outbox without a Resend key. Each sent batch's messages (markBatchSent), runs,
 *    timeline entries and enrolment moves are saved in one transaction; a refused batch's
 *    messages are FAILED and their runs SKIPPED with Resend's message. When the tries run out
 *    the batches left stay PENDING and are sent by a later tick once their claim lapses.
 */
export async function runEmailSteps({
  items,
  at,
  now,
  client,
  pacer,
  wait,
  log,
  stepCounts,
}: {
  items: EmailStepEnrolment[];
  at: Date;
  now: () => Date;
  client: Resend | null;
  pacer: RequestPacer | null;
  wait: (ms: number) => Promise<void>;
  log: (level: "info" | "warn" | "error", message: string) => Promise<void>;
  stepCounts: Map<string, number>;
}): Promise<Outcome> {
  const db = getDb();
  const outcome: Outcome = { sent: 0, failed: 0, skipped: 0, deferred: 0, waiting: 0, completed: 0 };
  const fresh = items.filter((i) => !i.resume);
  const writes = emptyAdvanceWrites();
  const skippedRuns: Prisma.SequenceStepRunCreateManyInput[] = [];
  const deferrals = new Map<string, Date>();

  // 1. Who can be emailed (the member's name carries its index back).
  const sorted = await sortAudience(
    fresh.map((item, index) => ({
      leadId: item.enrolment.leadId,
      contactId: item.enrolment.contactId,
      name: String(index),
      email: item.lead ? item.lead.email : (item.contact?.email ?? null),
      unsubscribed: item.contact?.emailStatus === "UNSUBSCRIBED",
    })),
  );
  const templateIds = new Set((await db.template.findMany({ where: { id: { in: [...new Set(fresh.flatMap((i) => (i.step.templateId ? [i.step.templateId] : [])))] } }, select: { id: true } })).map((t) => t.id));
  const skip = (item: EmailStepEnrolment, reason: string) => {
    skippedRuns.push({ enrolmentId: item.enrolment.id, stepId: item.step.id, status: "SKIPPED", skipReason: reason.slice(0, 500), createdAt: at, doneAt: at });
    writes.activities.push(
      sequenceActivityRow({
        event: "skipped",
        sequence: item.sequence,
        enrolmentId: item.enrolment.id,
        leadId: item.enrolment.leadId,
        contactId: item.enrolment.contactId,
        step: item.step.position + 1,
        reason,
        subject: `Sequence “${item.sequence.name}”, step ${item.step.position + 1}: email skipped — ${reason}`,
        at,
      }),
    );
    planAdvance(writes, item.sequence, item.enrolment, item.step.position + 1, at);
    outcome.skipped++;
  };
  for (const member of sorted.leftOut) {
    const item = fresh[Number(member.name)];
    if (member.reason === "duplicate") deferrals.set(item.enrolment.id, at);
    else skip(item, member.detail);
  }

  // 2. Daily cap and spacing per sender, in due order.
  const recipients = sorted.recipients.map((r) => ({ item: fresh[Number(r.name)], address: r.address })).sort((a, b) => fresh.indexOf(a.item) - fresh.indexOf(b.item));
  const loads = new Map<string, { today: number; lastAt: Date | null }>();
  const accepted: Array<{ item: EmailStepEnrolment; address: string }> = [];
  for (const { item, address } of recipients) {
    if (!item.step.templateId || !templateIds.has(item.step.templateId)) {
      skip(item, "The step's email template was deleted");
      continue;
    }
    const ownerKey = item.owner?.id ?? "";
    const ownerZone = item.owner?.timeZone ?? item.enrolment.timeZone;
    let load = loads.get(ownerKey);
    if (!load) loads.set(ownerKey, (load = await senderLoad(item.owner?.id ?? null, localDayStart(at, ownerZone))));
    if (load.today >= item.sequence.dailyCap) {
      deferrals.set(item.enrolment.id, deferredRun(item.sequence, nextLocalDayStart(at, ownerZone), item.enrolment.timeZone));
      continue;
    }
    const spacingMs = item.sequence.spacingMinutes * 60_000;
    if (spacingMs > 0 && load.lastAt && at.getTime() < load.lastAt.getTime() + spacingMs) {
      deferrals.set(item.enrolment.id, deferredRun(item.sequence, new Date(load.lastAt.getTime() + spacingMs), item.enrolment.timeZone));
      continue;
    }
    load.today++;
    load.lastAt = at;
    accepted.push({ item, address });
  }
  outcome.deferred += deferrals.size;

  // 3. Claimed emails: a message and a PENDING run each, in batches per sender.
  const chunks: Chunk[] = [];
  const byOwner = new Map<string, typeof accepted>();
  for (const a of accepted) byOwner.set(a.item.owner?.id ?? "", [...(byOwner.get(a.item.owner?.id ?? "") ?? []), a]);
  for (const group of byOwner.values()) {
    for (let i = 0; i < group.length; i += MAX_EMAILS_PER_BATCH) {
      const batch = randomInt(1, 2 ** 31 - 1);
      chunks.push({
        ownerId: group[0].item.owner?.id ?? null,
        batch,
        items: group.slice(i, i + MAX_EMAILS_PER_BATCH).map(({ item, address }) => ({ item, messageId: newRowId(at.getTime()), toAddress: address, variantLabel: pickVariant(storedSplit(item.step.split), item.step.id, item.enrolment.id) })),
      });
    }
  }
  await db.$transaction(
    async (tx) => {
      const created = chunks.flatMap((chunk) => chunk.items.map((entry) => ({ chunk, ...entry })));
      for (let i = 0; i < created.length; i += 500) {
        const slice = created.slice(i, i + 500);
        await insertRows(
          tx,
          "EmailMessage",
          slice.map(({ chunk, item, messageId, toAddress, variantLabel }) => ({
            id: messageId,
            toAddress,
            status: "QUEUED" as const,
            statusAt: at,
            leadId: item.enrolment.leadId,
            contactId: item.enrolment.contactId,
            templateId: item.step.templateId,
            campaignId: null,
            variantLabel,
            batch: chunk.batch,
            error: null,
            sentById: chunk.ownerId,
            createdAt: at,
            updatedAt: at,
          })),
        );
        await insertStepRuns(tx, slice.map(({ item, messageId, variantLabel }) => ({ enrolmentId: item.enrolment.id, stepId: item.step.id, status: "PENDING" as const, variantLabel, emailMessageId: messageId })), at);
      }
      await insertStepRuns(tx, skippedRuns, at);
      for (const [id, nextRunAt] of deferrals) await tx.sequenceEnrolment.updateMany({ where: { id, status: "ACTIVE" }, data: { nextRunAt } });
      await saveAdvance(tx, writes, stepCounts, at);
    },
    { timeout: 60_000 },
  );
  outcome.waiting += writes.waitRuns.length;
  outcome.completed += writes.completed.length;

  // Emails a crashed tick claimed: sent again in their own batches, with the same keys.
  const resumed = new Map<string, Chunk>();
  const resumedMessages = await db.emailMessage.findMany({ where: { id: { in: items.flatMap((i) => (i.resume ? [i.resume.messageId] : [])) } }, select: { id: true, toAddress: true, variantLabel: true } });
  const messageById = new Map(resumedMessages.map((m) => [m.id, m]));
  for (const item of items) {
    const message = item.resume ? messageById.get(item.resume.messageId) : undefined;
    if (!item.resume || !message) continue;
    const key = `${item.owner?.id ?? ""}|${item.resume.batch ?? 0}`;
    const chunk = resumed.get(key) ?? { ownerId: item.owner?.id ?? null, batch: item.resume.batch ?? 0, items: [] };
    chunk.items.push({ item, messageId: message.id, toAddress: message.toAddress, variantLabel: message.variantLabel ?? "A" });
    resumed.set(key, chunk);
  }
  for (const chunk of resumed.values()) chunk.items.sort((a, b) => (a.messageId < b.messageId ? -1 : 1));
  const allChunks = [...resumed.values(), ...chunks];

  // 4. Send, rendering the next batch while the current one waits for its slot.
  const variants = new Map<string, Promise<Map<string, CompiledTemplate>>>();
  const compiled = (templateId: string) => {
    let found = variants.get(templateId);
    if (!found) {
      found = db.template
        .findUnique({ where: { id: templateId }, select: { subject: true, body: true, variants: { select: { label: true, subject: true, body: true } } } })
        .then((t) => compileCampaignVariants(new Map(t ? [["A", { subject: t.subject, body: t.body }], ...t.variants.map((v) => [v.label, { subject: v.subject, body: v.body }] as [string, { subject: string; body: string }])] : [])));
      variants.set(templateId, found);
    }
    return found;
  };
  const render = async (chunk: Chunk): Promise<PreparedEmail[]> => {
    const prepared: PreparedEmail[] = [];
    for (const { item, messageId, toAddress, variantLabel } of chunk.items) {
      const byLabel = await compiled(item.step.templateId ?? "");
      const variant = byLabel.get(variantLabel) ?? byLabel.get("A");
      if (!variant) throw new Error(`The template of step ${item.step.position + 1} of “${item.sequence.name}” was deleted`);
      const sender = item.owner?.sender ?? chunk.items[0].item.owner?.sender;
      if (!sender) throw new Error("No sender");
      const email = await renderRecipientEmail({ sender, senderContext: { name: item.owner?.name ?? "", email: item.owner?.email ?? null }, variant }, { id: messageId, toAddress, lead: item.lead, contact: item.contact });
      prepared.push({ messageId, email });
    }
    return prepared;
  };
  let next: Promise<PreparedEmail[]> | null = allChunks.length ? render(allChunks[0]) : null;
  for (let i = 0; i < allChunks.length; i++) {
    const chunk = allChunks[i];
    let emails: PreparedEmail[];
    try {
      emails = await next!;
    } catch (error) {
      await log("error", `Sequence emails not rendered: ${(error as Error).message}`);
      next = i + 1 < allChunks.length ? render(allChunks[i + 1]) : null;
      continue;
    }
    next = i + 1 < allChunks.length ? render(allChunks[i + 1]) : null;
    next?.catch(() => undefined);
    const sentOutcome = client
      ? await deliverEmailBatch({ client, pacer, emails: emails.map((e) => e.email), idempotencyKey: sequenceBatchKey(chunk.batch, chunk.items[0].messageId), label: `Sequence batch ${chunk.batch}`, wait, log }).catch(async (error: Error) => {
          await log("error", error.message);
          return null;
        })
      : ({ ok: true, ids: [] } as const);
    if (!sentOutcome) break; // Resend is unreachable: the rest stay claimed and a later tick resumes them.
    const sentAt = now();
    const done = emptyAdvanceWrites();
    for (const { item } of chunk.items) planAdvance(done, item.sequence, item.enrolment, item.step.position + 1, sentAt);
    await db.$transaction(
      async (tx) => {
        if (sentOutcome.ok) {
          const first = emails[0].email;
          await markBatchSent(tx, {
            from: first.from,
            replyTo: (first.replyTo as string | undefined) ?? null,
            at: sentAt,
            outbox: !client,
            recipients: emails.map(({ messageId, email }, index) => ({ messageId, providerId: client ? sentOutcome.ids[index] : null, subject: email.subject, html: client ? null : (email.html ?? null), text: client ? null : (email.text ?? null) })),
          });
          await tx.sequenceStepRun.updateMany({ where: { emailMessageId: { in: emails.map((e) => e.messageId) }, status: "PENDING" }, data: { status: "SENT", doneAt: sentAt } });
          const activities: Prisma.ActivityCreateManyInput[] = chunk.items.map(({ item, messageId }, index) =>
            sequenceActivityRow({
              event: "step",
              sequence: item.sequence,
              enrolmentId: item.enrolment.id,
              leadId: item.enrolment.leadId,
              contactId: item.enrolment.contactId,
              step: item.step.position + 1,
              subject: emails[index].email.subject,
              body: `Sent by the sequence “${item.sequence.name}”, step ${item.step.position + 1}${chunk.items[index].variantLabel !== "A" ? ` (variant ${chunk.items[index].variantLabel})` : ""}.`,
              at: sentAt,
              email: { authorId: chunk.ownerId, emailMessageId: messageId },
            }),
          );
          await insertActivities(tx, activities, sentAt);
        } else {
          await tx.emailMessage.updateMany({ where: { id: { in: emails.map((e) => e.messageId) }, status: "QUEUED" }, data: { status: "FAILED", statusAt: sentAt, error: sentOutcome.error } });
          await tx.sequenceStepRun.updateMany({ where: { emailMessageId: { in: emails.map((e) => e.messageId) }, status: "PENDING" }, data: { status: "SKIPPED", skipReason: sentOutcome.error.slice(0, 500), doneAt: sentAt } });
        }
        await saveAdvance(tx, done, stepCounts, sentAt);
      },
      { timeout: 60_000 },
    );
    if (sentOutcome.ok) outcome.sent += emails.length;
    else outcome.failed += emails.length;
    outcome.waiting += done.waitRuns.length;
    outcome.completed += done.completed.length;
  }
  return outcome;
}
