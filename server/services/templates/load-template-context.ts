import { buildTemplateContext } from "@/lib/templates/template-context";
import type { TemplateContext } from "@/lib/templates/template-variables";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";

/** The lead columns a template's variables read (buildTemplateContext). */
export const templateLeadSelect = { name: true, contactName: true, email: true, phone: true, website: true, city: true, country: true, niche: true } as const;

/** The contact columns (with its company's) a template's variables read (buildTemplateContext). */
export const templateContactSelect = {
  firstName: true,
  lastName: true,
  title: true,
  email: true,
  phone: true,
  mobile: true,
  company: { select: { name: true, website: true, domain: true, city: true, country: true, industry: true } },
} as const;

/**
 * The variable values of a message from `senderId` to a lead or a contact (with its company), read
 * from the database (buildTemplateContext). With neither, only the sender's variables have values.
 * A deleted contact is not found.
 * @throws NotFoundError for an unknown or malformed lead, contact or sender id.
 */
export async function loadTemplateContext({ senderId, leadId, contactId }: { senderId: string; leadId?: string | null; contactId?: string | null }): Promise<TemplateContext> {
  const db = getDb();
  const [sender, lead, contact] = await Promise.all([
    db.user.findUnique({ where: { id: senderId }, select: { name: true, email: true } }),
    leadId ? findLead(leadId) : null,
    contactId ? findContact(contactId) : null,
  ]);
  if (!sender) throw new NotFoundError("User");
  return buildTemplateContext({ lead, contact, sender });
}

async function findLead(leadId: string) {
  assertRecordId(leadId, "Lead");
  const lead = await getDb().lead.findUnique({
    where: { id: leadId },
    select: templateLeadSelect,
  });
  if (!lead) throw new NotFoundError("Lead");
  return lead;
}

async function findContact(contactId: string) {
  assertRecordId(contactId, "Contact");
  const contact = await getDb().contact.findFirst({
    where: { id: contactId, deletedAt: null },
    select: templateContactSelect,
  });
  if (!contact) throw new NotFoundError("Contact");
  return contact;
}
