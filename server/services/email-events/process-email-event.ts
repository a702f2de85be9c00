import { isResendEmailEvent, parseResendEvent } from "@/lib/email/resend-event";
import type { Tx } from "@/server/db";
import { applyMessageEvent, eventMessageSelect } from "./apply-message-event";
import { recordInboundReply } from "./record-inbound-reply";

/**
 * How an event ended: PROCESSED (it changed what it is about, or had nothing to change), IGNORED
 * (a type Leadwell does not handle, e.g. contact.created), ORPHAN (about an email Leadwell did not
 * send, or a reply from an unknown address: kept, not an error).
 */
export type EmailEventOutcome = "PROCESSED" | "IGNORED" | "ORPHAN";

/** A stored event as the processor reads it. */
export type StoredEmailEvent = { id: string; type: string; providerEmailId: string | null; payload: unknown };

/**
 * Processes one stored webhook event inside `tx`: an email event about a sent email updates it
 * (applyMessageEvent), `email.received` becomes an inbound reply (recordInboundReply), anything
 * else is ignored. The email is found by Resend's id (`data.email_id` = EmailMessage.providerId).
 * @param now - the processing instant (a reply's stage change is dated by it).
 * @returns the outcome and the email it concerned (null for replies and orphans).
 */
export async function processEmailEvent(tx: Tx, stored: StoredEmailEvent, now: Date): Promise<{ outcome: EmailEventOutcome; messageId: string | null }> {
  const parsed = parseResendEvent(stored.payload);
  // Stored events were parsed on arrival; one that no longer parses (a schema change since) is ignored.
  if (!parsed.success || !isResendEmailEvent(parsed.data)) return { outcome: "IGNORED", messageId: null };
  const event = parsed.data;
  if (event.type === "email.received") return { outcome: (await recordInboundReply(tx, event, now)) ? "PROCESSED" : "ORPHAN", messageId: null };
  const message = await tx.emailMessage.findUnique({ where: { providerId: event.data.email_id }, select: eventMessageSelect });
  if (!message) return { outcome: "ORPHAN", messageId: null };
  await applyMessageEvent(tx, { message, event, now });
  return { outcome: "PROCESSED", messageId: message.id };
}
