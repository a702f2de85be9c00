import { advanceEmailStatus } from "@/lib/email/email-status";
import type { ResendEmailEvent } from "@/lib/email/resend-event";
import type { EmailStatus } from "@/lib/enums";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { insertActivities } from "@/server/services/activities/insert-activities";
import { updateRows } from "@/server/services/imports/update-rows";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { exitSequenceEnrolments } from "@/server/services/sequences/exit-sequence-enrolments";
import { suppressAddress } from "@/server/services/suppression/suppress-address";
import { emailActivityRow, type EventMessage } from "./email-activity-row";
import { EMAIL_EVENT_EFFECTS, isHardBounce, type EmailEventEffect, type EmailMilestone } from "./email-event-effects";

/** What an event reads of the email it is about. */
export const eventMessageSelect = {
  id: true,
  providerId: true,
  subject: true,
  toAddress: true,
  status: true,
  statusAt: true,
  error: true,
  sentAt: true,
  deliveredAt: true,
  openedAt: true,
  clickedAt: true,
  bouncedAt: true,
  complainedAt: true,
  leadId: true,
  contactId: true,
  dealId: true,
  lead: { select: { companyId: true, contactId: true } },
  deal: { select: { companyId: true, contactId: true } },
} satisfies Prisma.EmailMessageSelect;

/** A sent email as events change it: read with eventMessageSelect, then changed in memory by each event of the batch. */
export type MessageState = Prisma.EmailMessageGetPayload<{ select: typeof eventMessageSelect }> & EventMessage;

/** What a batch of events writes at its end (writeMessageEvents): the emails they changed, their timeline entries, the leads to rescore. */
export type MessageEventWrites = { changed: Map<string, MessageState>; activities: Prisma.ActivityCreateManyInput[]; rescoreLeadIds: Set<string> };

/** An empty MessageEventWrites, for a new batch. */
export function newMessageEventWrites(): MessageEventWrites {
  return { changed: new Map(), activities: [], rescoreLeadIds: new Set() };
}

/** Why the email failed or was suppressed, from the event (kept in EmailMessage.error). */
function failureText(event: ResendEmailEvent): string | null {
  if (event.type === "email.failed") return event.data.failed.reason;
  if (event.type === "email.suppressed") return [event.data.suppressed.type, event.data.suppressed.message].filter(Boolean).join(": ");
  return null;
}

/** The message's changes: the further status (advanceEmailStatus) and each milestone set to the earliest instant reported. */
function messageChanges(message: MessageState, effect: EmailEventEffect, event: ResendEmailEvent, at: Date): Partial<MessageState> {
  const changes: Partial<MessageState> = {};
  const status: EmailStatus = advanceEmailStatus(message.status, effect.status);
  if (status !== message.status) {
    changes.status = status;
    changes.statusAt = at;
    const failure = failureText(event);
    if (failure) changes.error = failure;
  }
  for (const milestone of effect.milestones) {
    const current = message[milestone as EmailMilestone];
    if (!current || at < current) changes[milestone] = at;
  }
  return changes;
}

/**
 * Applies a Resend email event to the email Leadwell sent, inside the batch's transaction. The
 * email (`message`) is changed in memory, so the batch's next event about it sees this one, and
 * the email, the timeline entry and the rescore are collected in `writes` for writeMessageEvents:
 * - the status moves only forward (advanceEmailStatus: events arrive out of order, so a late
 *   `delivered` after `opened` keeps OPENED); a failure or suppression keeps its reason in `error`;
 * - each milestone instant (sentAt … complainedAt) is set once, to the earliest instant reported;
 * - the first open, every click (with its link) and a bounce become timeline entries
 *   (emailActivityRow), and the email's lead is rescored;
 * - at once: a bounce or a complaint ends the recipient's sequence enrolments; a hard bounce
 *   (`bounce.type` "Permanent") suppresses the address (HARD_BOUNCE), a complaint too
 *   (COMPLAINT); suppressAddress keeps an address's first reason.
 * Event types without an effect (email.scheduled) change nothing.
 * @param now - the processing instant (sequence exits are dated by it; UTC).
 */
export async function applyMessageEvent(tx: Tx, writes: MessageEventWrites, { message, event, now }: { message: MessageState; event: ResendEmailEvent; now: Date }): Promise<void> {
  const effect = EMAIL_EVENT_EFFECTS[event.type];
  if (!effect) return;
  const at = new Date(event.created_at);
  const firstOpen = event.type === "email.opened" && !message.openedAt;
  const changes = messageChanges(message, effect, event, at);
  if (Object.keys(changes).length) {
    Object.assign(message, changes);
    writes.changed.set(message.id, message);
  }

  if (effect.activity && (event.type !== "email.opened" || firstOpen)) {
    const occurredAt = event.type === "email.clicked" && event.data.click.timestamp ? new Date(event.data.click.timestamp) : at;
    const row = emailActivityRow(effect.activity, message, event, occurredAt);
    if (row) writes.activities.push(row);
    if (row && message.leadId) writes.rescoreLeadIds.add(message.leadId);
  }

  // Sequences (issue 12): a bounce or a complaint ends the recipient's enrolments.
  if (event.type === "email.bounced" || event.type === "email.complained") {
    await exitSequenceEnrolments(tx, { leadId: message.leadId, contactId: message.contactId }, event.type === "email.bounced" ? "BOUNCED" : "COMPLAINED", now);
  }
  if (event.type === "email.bounced" && isHardBounce(event.data.bounce.type)) {
    await suppressAddress(message.toAddress, { reason: "HARD_BOUNCE", note: event.data.bounce.message ?? null, messageId: message.id }, tx);
  } else if (event.type === "email.complained") {
    await suppressAddress(message.toAddress, { reason: "COMPLAINT", note: "Marked as spam by the recipient", messageId: message.id }, tx);
  }
}

/**
 * Writes what a batch of events collected (applyMessageEvent) inside `tx`: the changed emails in
 * one bulk update (updateRows), the timeline entries in one bulk insert (insertActivities), then
 * one rescore of their leads (lead scoring) at `now`.
 * @param now - the processing instant (the emails' updatedAt, the entries' createdAt, the rescore; UTC).
 */
export async function writeMessageEvents(tx: Tx, writes: MessageEventWrites, now: Date): Promise<void> {
  await updateRows(
    tx,
    "EmailMessage",
    [...writes.changed.values()].map((m) => ({
      id: m.id,
      status: m.status,
      statusAt: m.statusAt,
      error: m.error,
      sentAt: m.sentAt,
      deliveredAt: m.deliveredAt,
      openedAt: m.openedAt,
      clickedAt: m.clickedAt,
      bouncedAt: m.bouncedAt,
      complainedAt: m.complainedAt,
      updatedAt: now,
    })),
  );
  await insertActivities(tx, writes.activities, now);
  if (writes.rescoreLeadIds.size) await rescoreLeads(tx, [...writes.rescoreLeadIds], now);
}
