import { buildTemplateContext } from "@/lib/templates/template-context";
import type { TemplateContext } from "@/lib/templates/template-variables";
import type { LinkChannel } from "@/lib/outreach/channels/channels";
import { normalisePhone, type NormalisedPhone } from "@/lib/phone/normalise-phone";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { templateContactSelect, templateLeadSelect } from "@/server/services/templates/load-template-context";

/** Whom a one-click message or call goes to, as the channel sees them. */
export type ChannelTarget = {
  leadId: string | null;
  contactId: string | null;
  /** The business's (lead) or person's (contact) name, for the dialog. */
  name: string;
  /** The stored number used for this channel, as written. */
  rawPhone: string | null;
  /** That number in E.164 form, or why it cannot be. */
  phone: NormalisedPhone;
  /** Why an SMS must not be sent (the person unsubscribed from SMS), else null. */
  smsRefusal: string | null;
  /** The values of the template variables for this record, from `senderId`. */
  context: TemplateContext;
};

const contactName = (c: { firstName: string; lastName: string | null }) => [c.firstName, c.lastName].filter(Boolean).join(" ");

/**
 * Loads the lead or contact a one-click message goes to, with its number normalised to E.164
 * (normalisePhone) from the record's country: a lead's own `country`, a contact's company's.
 * Which stored number: a lead's `phone`; a contact's `mobile` (else `phone`) for WhatsApp and SMS,
 * its `phone` (else `mobile`) for a call. SMS is refused to a contact whose `smsStatus` is
 * UNSUBSCRIBED, and to a lead whose linked contact unsubscribed.
 * @param record - exactly one of leadId and contactId (already shape-checked).
 * @param senderId - the user the message is from (the template's sender variables).
 * @throws NotFoundError for an unknown lead, a deleted or unknown contact, or an unknown sender.
 */
export async function loadChannelTarget(record: { leadId: string | null; contactId: string | null }, channel: LinkChannel, senderId: string): Promise<ChannelTarget> {
  const db = getDb();
  const sender = await db.user.findUnique({ where: { id: senderId }, select: { name: true, email: true } });
  if (!sender) throw new NotFoundError("User");
  if (record.leadId) {
    const lead = await db.lead.findUnique({
      where: { id: record.leadId },
      select: { ...templateLeadSelect, id: true, contact: { select: { smsStatus: true, deletedAt: true } } },
    });
    if (!lead) throw new NotFoundError("Lead");
    const unsubscribed = lead.contact && !lead.contact.deletedAt && lead.contact.smsStatus === "UNSUBSCRIBED";
    return {
      leadId: lead.id,
      contactId: null,
      name: lead.name,
      rawPhone: lead.phone,
      phone: normalisePhone(lead.phone, lead.country),
      smsRefusal: unsubscribed ? `${lead.name}'s contact person unsubscribed from SMS.` : null,
      context: buildTemplateContext({ lead, sender }),
    };
  }
  const contact = await db.contact.findFirst({ where: { id: record.contactId ?? "", deletedAt: null }, select: { ...templateContactSelect, id: true, smsStatus: true } });
  if (!contact) throw new NotFoundError("Contact");
  const rawPhone = channel === "CALL" ? (contact.phone ?? contact.mobile) : (contact.mobile ?? contact.phone);
  const name = contactName(contact);
  return {
    leadId: null,
    contactId: contact.id,
    name,
    rawPhone,
    phone: normalisePhone(rawPhone, contact.company?.country ?? null),
    smsRefusal: contact.smsStatus === "UNSUBSCRIBED" ? `${name} unsubscribed from SMS.` : null,
    context: buildTemplateContext({ contact, sender }),
  };
}
