import { setTimeout as sleep } from "node:timers/promises";
import type { Resend } from "resend";
import { recipientTimeZone } from "@/lib/geo/time-zone";
import { CHANNEL_LABELS } from "@/lib/sequences/describe-sequence";
import type { SequenceTaskChannel } from "@/lib/validation/sequence";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { createResendClient } from "@/server/email/resend-client";
import { resendRequestPacer, type RequestPacer } from "@/server/email/resend-request-pacer";
import { getEmailSettings } from "@/server/services/email-settings/get-email-settings";
import { senderFor } from "@/server/services/email-settings/sender-for";
import { templateContactSelect, templateLeadSelect } from "@/server/services/templates/load-template-context";
import { emptyAdvanceWrites, planAdvance, saveAdvance, type TickSequence } from "./advance-enrolment";
import { sequenceActivityRow } from "./sequence-activity";
import { runEmailSteps, type EmailStepEnrolment, type TickOwner } from "./run-email-steps";
import { renderTaskMessage, taskNotes } from "./sequence-task-message";

/** How long a claimed enrolment is held by the tick that claimed it; a crashed tick's claims come due again after it. */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** Most due enrolments one tick takes (the rest are due at the next tick). */
export const DEFAULT_TICK_LIMIT = 5000;

/** What a tick did. */
export type SequenceTickSummary = {
  claimed: number;
  emailsSent: number;
  emailsFailed: number;
  tasksCreated: number;
  skipped: number;
  waiting: number;
  completed: number;
  deferred: number;
};

/** The options of a tick: the clock, and the Resend client and pacer (from the environment by default). */
export type SequenceTickOptions = {
  now?: () => Date;
  limit?: number;
  client?: Resend | null;
  pacer?: RequestPacer | null;
  /** Waits between tries of a batch (a job passes one its cancellation stops). */
  wait?: (ms: number) => Promise<void>;
  log?: (level: "info" | "warn" | "error", message: string) => Promise<void>;
};

/** A claimed enrolment as the tick works on it. */
type Claimed = { id: string; sequenceId: string; nextStep: number; leadId: string | null; contactId: string | null; ownerId: string | null };

const claimSelect = { id: true, sequenceId: true, nextStep: true, leadId: true, contactId: true, ownerId: true } satisfies Prisma.SequenceEnrolmentSelect;

/**
 * Claims the due enrolments: ACTIVE ones of ACTIVE sequences whose `nextRunAt` has come, oldest
 * first, at most `limit`. The claim is a compare-and-set — `nextRunAt` moves CLAIM_LEASE_MS ahead
 * only where it is still due — so of two ticks racing, each enrolment goes to one (PostgreSQL
 * re-checks the condition on the row the other updated; SQLite has one writer). What the claim
 * returns (the step position as it is now) is what the tick runs.
 */
async function claimDue(at: Date, limit: number): Promise<Claimed[]> {
  const db = getDb();
  const due = await db.sequenceEnrolment.findMany({
    where: { status: "ACTIVE", nextRunAt: { lte: at }, sequence: { status: "ACTIVE" } },
    orderBy: [{ nextRunAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  const claimed: Claimed[] = [];
  const lease = new Date(at.getTime() + CLAIM_LEASE_MS);
  for (let i = 0; i < due.length; i += 500) {
    const ids = due.slice(i, i + 500).map((d) => d.id);
    claimed.push(...(await db.sequenceEnrolment.updateManyAndReturn({ where: { id: { in: ids }, status: "ACTIVE", nextRunAt: { lte: at } }, data: { nextRunAt: lease }, select: claimSelect })));
  }
  // updateManyAndReturn gives rows in no set order: keep the due order (oldest first).
  const order = new Map(due.map((d, index) => [d.id, index]));
  return claimed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

const tickSequenceSelect = {
  id: true,
  name: true,
  sendDays: true,
  sendFromHour: true,
  sendToHour: true,
  dailyCap: true,
  spacingMinutes: true,
  steps: {
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, waitDays: true, businessDays: true, templateId: true, split: true, channel: true, title: true, body: true },
  },
} satisfies Prisma.SequenceSelect;

const tickLeadSelect = { id: true, ...templateLeadSelect } satisfies Prisma.LeadSelect;

/** Reads rows by id 500 at a time. */
async function byIds<T extends { id: string }>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<Map<string, T>> {
  const rows = new Map<string, T>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) for (const row of await read(unique.slice(i, i + 500))) rows.set(row.id, row);
  return rows;
}

/**
 * One scheduler tick: runs every due step of every active sequence, once.
 * 1. Claims the due enrolments (claimDue: compare-and-set, so racing ticks split them).
 * 2. For each, the step at its position:
 *    - a run of that step already there (unique per enrolment and step): a PENDING email of a
 *      crashed tick is sent again with the same Idempotency-Key; anything else moves on;
 *    - WAIT: passed over (its run records when it ends) and the next step planned;
 *    - TASK: a Task for the enrolment's owner, due now, with the rendered message and its
 *      one-click link (renderTaskMessage); its run is TASK_OPEN;
 *    - EMAIL: runEmailSteps — skips (no address, suppressed, unsubscribed) are recorded, the daily
 *      cap and spacing per sender defer, the rest go out through Resend's batch API.
 * 3. Each step moves the enrolment on (planAdvance: waits, then the send window in the
 *    recipient's time zone) or completes it; the timeline records each step.
 * @returns what it did (claimed, sent, tasks, skipped, waits, completed, deferred).
 */
export async function runSequenceTick(options: SequenceTickOptions = {}): Promise<SequenceTickSummary> {
  const now = options.now ?? (() => new Date());
  const client = options.client === undefined ? createResendClient() : options.client;
  const pacer = options.pacer === undefined ? (client ? resendRequestPacer() : null) : options.pacer;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  const log = options.log ?? (async () => undefined);
  const summary: SequenceTickSummary = { claimed: 0, emailsSent: 0, emailsFailed: 0, tasksCreated: 0, skipped: 0, waiting: 0, completed: 0, deferred: 0 };
  const at = now();
  const claimed = await claimDue(at, options.limit ?? DEFAULT_TICK_LIMIT);
  summary.claimed = claimed.length;
  if (!claimed.length) return summary;

  const db = getDb();
  const [sequences, leads, contacts, runs] = await Promise.all([
    byIds(claimed.map((c) => c.sequenceId), (ids) => db.sequence.findMany({ where: { id: { in: ids } }, select: tickSequenceSelect })),
    byIds(claimed.flatMap((c) => (c.leadId ? [c.leadId] : [])), (ids) => db.lead.findMany({ where: { id: { in: ids } }, select: tickLeadSelect })),
    byIds(claimed.flatMap((c) => (c.contactId ? [c.contactId] : [])), (ids) =>
      db.contact.findMany({ where: { id: { in: ids } }, select: { id: true, emailStatus: true, ...templateContactSelect } }),
    ),
    (async () => {
      const found: Array<{ enrolmentId: string; stepId: string; status: string; emailMessage: { id: string; status: string; batch: number | null } | null }> = [];
      for (let i = 0; i < claimed.length; i += 500) {
        found.push(
          ...(await db.sequenceStepRun.findMany({
            where: { enrolmentId: { in: claimed.slice(i, i + 500).map((c) => c.id) } },
            select: { enrolmentId: true, stepId: true, status: true, emailMessage: { select: { id: true, status: true, batch: true } } },
          })),
        );
      }
      return found;
    })(),
  ]);
  const ownerIds = [...new Set(claimed.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))];
  const ownerRows = await db.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true, email: true, timeZone: true, emailFromName: true, emailReplyTo: true } });
  const settings = await getEmailSettings();
  const owners = new Map<string, TickOwner>();
  for (const user of ownerRows) owners.set(user.id, { ...user, sender: await senderFor(user, settings) });
  const runOf = new Map(runs.map((r) => [`${r.enrolmentId}|${r.stepId}`, r]));

  const writes = emptyAdvanceWrites();
  const stepCounts = new Map<string, number>();
  const emailSteps: EmailStepEnrolment[] = [];
  const tasks: Array<{ claimed: Claimed; sequence: TickSequence; timeZone: string }> = [];
  for (const c of claimed) {
    const sequence = sequences.get(c.sequenceId) as TickSequence | undefined;
    if (!sequence) continue;
    stepCounts.set(c.id, sequence.steps.length);
    const lead = c.leadId ? leads.get(c.leadId) : undefined;
    const contact = c.contactId ? contacts.get(c.contactId) : undefined;
    const owner = c.ownerId ? owners.get(c.ownerId) : undefined;
    const place = lead ? { country: lead.country, city: lead.city } : { country: contact?.company?.country, city: contact?.company?.city };
    const timeZone = recipientTimeZone(place, owner?.timeZone);
    const enrolment = { id: c.id, leadId: c.leadId, contactId: c.contactId, timeZone };
    const step = sequence.steps[c.nextStep];
    if (!step) {
      planAdvance(writes, sequence, enrolment, c.nextStep, at);
      continue;
    }
    const existing = runOf.get(`${c.id}|${step.id}`);
    if (existing) {
      if (existing.status === "PENDING" && existing.emailMessage?.status === "QUEUED") {
        emailSteps.push({ enrolment, sequence, step, owner: owner ?? null, lead: lead ?? null, contact: contact ?? null, resume: { messageId: existing.emailMessage.id, batch: existing.emailMessage.batch } });
      } else planAdvance(writes, sequence, enrolment, c.nextStep + 1, at);
      continue;
    }
    if (step.kind === "WAIT") planAdvance(writes, sequence, enrolment, c.nextStep, at);
    else if (step.kind === "TASK") tasks.push({ claimed: c, sequence, timeZone });
    else emailSteps.push({ enrolment, sequence, step, owner: owner ?? null, lead: lead ?? null, contact: contact ?? null, resume: null });
  }
  summary.waiting += writes.waitRuns.length;
  summary.completed += writes.completed.length;
  if (writes.moves.size || writes.completed.length || writes.waitRuns.length) await db.$transaction((tx) => saveAdvance(tx, writes, stepCounts, at), { timeout: 60_000 });

  for (const task of tasks) {
    await runTaskStep(task.claimed, task.sequence, task.timeZone, { lead: task.claimed.leadId ? (leads.get(task.claimed.leadId) ?? null) : null, contact: task.claimed.contactId ? (contacts.get(task.claimed.contactId) ?? null) : null, owner: task.claimed.ownerId ? (owners.get(task.claimed.ownerId) ?? null) : null }, at, summary);
  }
  if (emailSteps.length) {
    const outcome = await runEmailSteps({ items: emailSteps, at, now, client, pacer, wait, log, stepCounts });
    summary.emailsSent += outcome.sent;
    summary.emailsFailed += outcome.failed;
    summary.skipped += outcome.skipped;
    summary.deferred += outcome.deferred;
    summary.waiting += outcome.waiting;
    summary.completed += outcome.completed;
  }
  return summary;
}

type TaskRecords = {
  lead: (Prisma.LeadGetPayload<{ select: typeof tickLeadSelect }>) | null;
  contact: Prisma.ContactGetPayload<{ select: { id: true; emailStatus: true } & typeof templateContactSelect }> | null;
  owner: TickOwner | null;
};

/**
 * Runs a manual task step for one enrolment in one transaction: the Task (assigned to the owner,
 * due at `at`, type CALL or EMAIL for those channels and FOLLOW_UP otherwise, notes with the
 * rendered message and its link), its TASK_OPEN run, the timeline note, and the move to the next step.
 */
async function runTaskStep(c: Claimed, sequence: TickSequence, timeZone: string, records: TaskRecords, at: Date, summary: SequenceTickSummary): Promise<void> {
  const db = getDb();
  const step = sequence.steps[c.nextStep];
  const channel = (step.channel ?? "CALL") as SequenceTaskChannel;
  let body = step.body ?? "";
  if (!body && step.templateId) body = (await db.template.findUnique({ where: { id: step.templateId }, select: { body: true } }))?.body ?? "";
  const lead = records.lead;
  const contact = records.contact;
  const rendered = renderTaskMessage(
    { channel, title: step.title ?? "Sequence task", body },
    {
      lead,
      contact,
      phone: lead?.phone ?? contact?.mobile ?? contact?.phone ?? null,
      country: lead?.country ?? contact?.company?.country ?? null,
      email: lead?.email ?? contact?.email ?? null,
      website: lead?.website ?? contact?.company?.website ?? null,
    },
    { name: records.owner?.name ?? "", email: records.owner?.email ?? null },
  );
  const writes = emptyAdvanceWrites();
  planAdvance(writes, sequence, { id: c.id, leadId: c.leadId, contactId: c.contactId, timeZone }, c.nextStep + 1, at);
  await db.$transaction(async (tx) => {
    const task = await tx.task.create({
      data: {
        title: rendered.title,
        notes: taskNotes(rendered),
        type: channel === "CALL" ? "CALL" : channel === "EMAIL" ? "EMAIL" : "FOLLOW_UP",
        dueAt: at,
        assigneeId: c.ownerId,
        createdById: c.ownerId,
        leadId: c.leadId,
        contactId: c.contactId,
        createdAt: at,
      },
      select: { id: true },
    });
    await tx.sequenceStepRun.create({ data: { enrolmentId: c.id, stepId: step.id, status: "TASK_OPEN", taskId: task.id, createdAt: at, doneAt: at }, select: { id: true } });
    await tx.activity.create({
      data: sequenceActivityRow({
        event: "step",
        sequence,
        enrolmentId: c.id,
        leadId: c.leadId,
        contactId: c.contactId,
        step: c.nextStep + 1,
        subject: `Sequence “${sequence.name}”, step ${c.nextStep + 1}: ${CHANNEL_LABELS[channel] ?? channel} task “${rendered.title}”`,
        body: rendered.problem ? `No one-click link: ${rendered.problem}` : null,
        at,
      }) as Prisma.ActivityUncheckedCreateInput,
      select: { id: true },
    });
    await saveAdvance(tx, writes, new Map([[c.id, sequence.steps.length]]), at);
  });
  summary.tasksCreated++;
  summary.waiting += writes.waitRuns.length;
  summary.completed += writes.completed.length;
}
