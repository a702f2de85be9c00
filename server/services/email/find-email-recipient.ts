import { emailAddressSchema } from "@/lib/email/email-address";
import { formatInZone } from "@/lib/dates";
import type { SuppressionReason } from "@/lib/enums";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { findSuppression } from "@/server/services/suppression/find-suppression";

/** Which record an email is sent from (exactly one id). */
export type EmailRecordRef = { leadId: string | null; contactId: string | null; dealId: string | null };

/**
 * Whom an email from a record goes to: the address, the lead or contact whose variables fill the
 * template, and the records the message and its activity belong to.
 */
export type EmailRecipient = {
  address: string;
  /** The person's or business's name, for the dialog. */
  name: string;
  /** Exactly one of them: whose variables the template renders with. */
  context: { leadId: string | null; contactId: string | null };
  /** The records the message is linked to (a deal's message also names its contact or lead). */
  links: EmailRecordRef;
};

const REASONS: Record<SuppressionReason, string> = {
  UNSUBSCRIBED: "unsubscribed",
  HARD_BOUNCE: "bounced (hard bounce)",
  COMPLAINT: "marked an email as spam",
  MANUAL: "added to the suppression list by hand",
};

const contactName = (c: { firstName: string; lastName: string | null }) => [c.firstName, c.lastName].filter(Boolean).join(" ");

/** The record's address and names; a deal's email goes to its contact, else to the lead it came from. */
async function findRecord({ leadId, contactId, dealId }: EmailRecordRef): Promise<{ email: string | null; name: string; what: string; contactUnsubscribed: boolean } & Omit<EmailRecipient, "address" | "name">> {
  const db = getDb();
  if (leadId) {
    const lead = await db.lead.findUnique({ where: { id: leadId }, select: { name: true, email: true } });
    if (!lead) throw new NotFoundError("Lead");
    return { email: lead.email, name: lead.name, what: "This lead", contactUnsubscribed: false, context: { leadId, contactId: null }, links: { leadId, contactId: null, dealId: null } };
  }
  if (contactId) {
    const contact = await db.contact.findFirst({ where: { id: contactId, deletedAt: null }, select: { firstName: true, lastName: true, email: true, emailStatus: true } });
    if (!contact) throw new NotFoundError("Contact");
    return { email: contact.email, name: contactName(contact), what: "This contact", contactUnsubscribed: contact.emailStatus === "UNSUBSCRIBED", context: { leadId: null, contactId }, links: { leadId: null, contactId, dealId: null } };
  }
  const deal = await db.deal.findUnique({
    where: { id: dealId as string },
    select: {
      contact: { select: { id: true, firstName: true, lastName: true, email: true, emailStatus: true, deletedAt: true } },
      lead: { select: { id: true, name: true, email: true } },
    },
  });
  if (!deal) throw new NotFoundError("Deal");
  const contact = deal.contact && !deal.contact.deletedAt && deal.contact.email ? deal.contact : null;
  if (contact) {
    return { email: contact.email, name: contactName(contact), what: "This deal's contact", contactUnsubscribed: contact.emailStatus === "UNSUBSCRIBED", context: { leadId: null, contactId: contact.id }, links: { leadId: null, contactId: contact.id, dealId } };
  }
  if (deal.lead?.email) {
    return { email: deal.lead.email, name: deal.lead.name, what: "This deal's lead", contactUnsubscribed: false, context: { leadId: deal.lead.id, contactId: null }, links: { leadId: deal.lead.id, contactId: null, dealId } };
  }
  return { email: null, name: "", what: "This deal's contact or lead", contactUnsubscribed: false, context: { leadId: null, contactId: null }, links: { leadId: null, contactId: null, dealId } };
}

/**
 * The recipient of an email from a lead, contact or deal page, checked for sending.
 * @param ref - exactly one of leadId, contactId, dealId (already shape-checked).
 * @param timeZone - the viewer's, for the date in a suppression message.
 * @throws NotFoundError for an unknown record (a deleted contact too); ValidationError on field
 *   `to` when the record has no valid address, the address is on the suppression list (naming the
 *   reason and the day it was added), or the contact is marked email-unsubscribed.
 */
export async function findEmailRecipient(ref: EmailRecordRef, timeZone: string): Promise<EmailRecipient> {
  const { email, name, what, contactUnsubscribed, context, links } = await findRecord(ref);
  if (!email?.trim()) throw new ValidationError(`${what} has no email address`, { to: [`${what} has no email address`] });
  const address = emailAddressSchema.safeParse(email);
  if (!address.success) throw new ValidationError(`${email} is not a valid email address`, { to: [`${email} is not a valid email address`] });
  const suppression = await findSuppression(address.data);
  if (suppression) {
    const message = `${address.data} is on the suppression list: ${REASONS[suppression.reason]} on ${formatInZone(suppression.createdAt, timeZone)}`;
    throw new ValidationError(message, { to: [message] });
  }
  if (contactUnsubscribed) {
    const message = `${address.data} has unsubscribed from email (contact's email status)`;
    throw new ValidationError(message, { to: [message] });
  }
  return { address: address.data, name, context, links };
}
