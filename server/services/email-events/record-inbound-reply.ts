import type { ResendEmailEvent } from "@/lib/email/resend-event";
import type { Tx } from "@/server/db";
import { recordActivity } from "@/server/services/activities/record-activity";
import { findReplySender, senderAddress } from "./find-reply-sender";

type ReceivedEvent = Extract<ResendEmailEvent, { type: "email.received" }>;

/**
 * The user an inbound reply is logged as: the record's owner, else the first admin (an unowned
 * record). recordActivity needs an author who may edit the lead, because a reply moves it; the
 * owner always may, and so may an admin. Null only on an install without users.
 */
async function replyActor(tx: Tx, ownerId: string | null) {
  const select = { id: true, role: true, timeZone: true } as const;
  const owner = ownerId ? await tx.user.findUnique({ where: { id: ownerId }, select }) : null;
  return owner ?? tx.user.findFirst({ where: { role: "ADMIN" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select });
}

/**
 * Records an inbound email (Resend `email.received`, https://resend.com/docs/webhooks/emails/received)
 * as an INBOUND EMAIL activity on the lead or contact whose address sent it, through the activity
 * service (recordActivity), so the reply rule of lib/activities/lead-stage-rule.ts moves a New or
 * Contacted lead to Replied and writes its STAGE_CHANGED entry. The webhook carries no body (Resend
 * keeps it, fetched by `email_id`); the entry has the subject and the sender.
 * @returns false when no lead or contact has the sender's address (the event is an orphan).
 */
export async function recordInboundReply(tx: Tx, event: ReceivedEvent, now: Date): Promise<boolean> {
  const from = senderAddress(event.data.from);
  const sender = await findReplySender(tx, from);
  if (!sender) return false;
  const actor = await replyActor(tx, sender.ownerId);
  if (!actor) return false;
  await recordActivity(
    tx,
    actor,
    {
      type: "EMAIL",
      direction: "INBOUND",
      outcome: null,
      subject: event.data.subject?.trim() || "(no subject)",
      body: `Reply from ${from}, received by Resend (email id ${event.data.email_id}).`,
      occurredAt: new Date(event.created_at),
      durationSeconds: null,
      followUpDay: null,
      leadId: sender.leadId,
      contactId: sender.contactId,
      companyId: null,
      dealId: null,
    },
    now,
  );
  return true;
}
