import type { ResendEmailEvent } from "@/lib/email/resend-event";
import type { ActivityType } from "@/lib/enums";
import type { Prisma } from "@/server/generated/sqlite/client";

/** The sent email an event is about, as the timeline entry needs it. */
export type EventMessage = {
  id: string;
  subject: string;
  leadId: string | null;
  contactId: string | null;
  dealId: string | null;
  lead: { companyId: string | null; contactId: string | null } | null;
  deal: { companyId: string | null; contactId: string | null } | null;
};

/** The text and data of the entry an open, click or bounce writes. */
function describe(event: ResendEmailEvent): { body: string | null; data: Prisma.InputJsonObject } {
  if (event.type === "email.clicked") return { body: `Clicked ${event.data.click.link}`, data: { kind: "clicked", link: event.data.click.link } };
  if (event.type === "email.bounced") {
    const { type, subType, message } = event.data.bounce;
    const kind = [type, subType].filter(Boolean).join(" / ");
    return { body: [`Bounced (${kind})`, message].filter(Boolean).join(": "), data: { kind: "bounced", bounceType: type, subType: subType ?? null, message: message ?? null } };
  }
  return { body: null, data: { kind: "opened" } };
}

/**
 * The system timeline entry (EMAIL_OPENED, EMAIL_CLICKED, EMAIL_BOUNCED; no author) that an open,
 * a click (with its link) or a bounce of a sent email writes on the email's lead, contact and
 * deal, linked to the email (`emailMessageId`); `data` holds `{ kind, link }` or the bounce's
 * type and message. Null for an email linked to no record. The caller inserts it and rescores
 * the lead (processEmailEvents).
 * @param occurredAt - when it happened (a click's own timestamp, else the event's; UTC).
 */
export function emailActivityRow(type: ActivityType, message: EventMessage, event: ResendEmailEvent, occurredAt: Date): Prisma.ActivityCreateManyInput | null {
  if (!message.leadId && !message.contactId && !message.dealId) return null;
  const { body, data } = describe(event);
  return {
    type,
    subject: message.subject || null,
    body,
    data,
    occurredAt,
    leadId: message.leadId,
    dealId: message.dealId,
    contactId: message.contactId ?? message.lead?.contactId ?? message.deal?.contactId ?? null,
    companyId: message.lead?.companyId ?? message.deal?.companyId ?? null,
    emailMessageId: message.id,
  };
}
