import { advanceEmailStatus } from "@/lib/email/email-status";
import type { ResendEmailEvent } from "@/lib/email/resend-event";
import type { EmailStatus } from "@/lib/enums";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { exitSequenceEnrolments } from "@/server/services/sequences/exit-sequence-enrolments";
import { suppressAddress } from "@/server/services/suppression/suppress-address";
import { EMAIL_EVENT_EFFECTS, isHardBounce, type EmailEventEffect, type EmailMilestone } from "./email-event-effects";
import { recordEmailActivity, type EventMessage } from "./record-email-activity";

/** What an event reads of the email it is about. */
export const eventMessageSelect = {
  id: true,
  subject: true,
  toAddress: true,
  status: true,
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

type MessageState = Prisma.EmailMessageGetPayload<{ select: typeof eventMessageSelect }> & EventMessage;

/** Why the email failed or was suppressed, from the event (kept in EmailMessage.error). */
function failureText(event: ResendEmailEvent): string | null {
  if (event.type === "email.failed") return event.data.failed.reason;
  if (event.type === "email.suppressed") return [event.data.suppressed.type, event.data.suppressed.message].filter(Boolean).join(": ");
  return null;
}

/** The message's changes: the further status (advanceEmailStatus) and each milestone set to the earliest instant reported. */
function messageChanges(message: MessageState, effect: EmailEventEffect, event: ResendEmailEvent, at: Date): Prisma.EmailMessageUpdateInput {
  const changes: Prisma.EmailMessageUpdateInput = {};
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
 * Applies a Resend email event to the email Leadwell sent (inside the processing transaction):
 * - the status moves only forward (advanceEmailStatus: events arrive out of order, so a late
 *   `delivered` after `opened` keeps OPENED); a failure or suppression keeps its reason in `error`;
 * - each milestone instant (sentAt … complainedAt) is set once, to the earliest instant reported;
 * - the first open, every click (with its link) and a bounce become timeline entries;
 * - a hard bounce (`bounce.type` "Permanent") suppresses the address (HARD_BOUNCE), a complaint
 *   too (COMPLAINT); suppressAddress keeps an address's first reason.
 * Event types without an effect (email.scheduled) change nothing.
 * @param message - the email, read with eventMessageSelect.
 * @param now - the processing instant (the lead is rescored at it; default: the clock).
 */
export async function applyMessageEvent(tx: Tx, { message, event, now }: { message: MessageState; event: ResendEmailEvent; now?: Date }): Promise<void> {
  const effect = EMAIL_EVENT_EFFECTS[event.type];
  if (!effect) return;
  const at = new Date(event.created_at);
  const changes = messageChanges(message, effect, event, at);
  if (Object.keys(changes).length) await tx.emailMessage.update({ where: { id: message.id }, data: changes, select: { id: true } });

  const firstOpen = event.type === "email.opened" && !message.openedAt;
  if (effect.activity && (event.type !== "email.opened" || firstOpen)) {
    const occurredAt = event.type === "email.clicked" && event.data.click.timestamp ? new Date(event.data.click.timestamp) : at;
    await recordEmailActivity(tx, { type: effect.activity, message, event, occurredAt, now });
  }

  // Sequences (issue 12): a bounce or a complaint ends the recipient's enrolments.
  if (event.type === "email.bounced" || event.type === "email.complained") {
    await exitSequenceEnrolments(tx, { leadId: message.leadId, contactId: message.contactId }, event.type === "email.bounced" ? "BOUNCED" : "COMPLAINED", now ?? at);
  }
  if (event.type === "email.bounced" && isHardBounce(event.data.bounce.type)) {
    await suppressAddress(message.toAddress, { reason: "HARD_BOUNCE", note: event.data.bounce.message ?? null, messageId: message.id }, tx);
  } else if (event.type === "email.complained") {
    await suppressAddress(message.toAddress, { reason: "COMPLAINT", note: "Marked as spam by the recipient", messageId: message.id }, tx);
  }
}
