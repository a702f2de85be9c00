import { recordIdSchema } from "@/lib/validation/common";
import { getDb } from "@/server/db";
import { listCompanyContacts, type CompanyContactOption } from "@/server/services/contacts/list-company-contacts";

const isId = (id: string | null | undefined): id is string => !!id && recordIdSchema.safeParse(id).success;

/**
 * What the deal form starts with for a company and a contact (either may be null or unknown):
 * the company (its id and name; taken from the contact when only a contact is given) and the
 * contacts to offer (the company's active ones, plus the given contact if it is not among them).
 */
export async function dealFormChoices(link: { companyId?: string | null; contactId?: string | null }): Promise<{
  company: { id: string; name: string } | null;
  contacts: CompanyContactOption[];
}> {
  const db = getDb();
  const contact = isId(link.contactId)
    ? await db.contact.findUnique({ where: { id: link.contactId }, select: { id: true, firstName: true, lastName: true, email: true, isPrimary: true, companyId: true } })
    : null;
  const companyId = isId(link.companyId) ? link.companyId : contact?.companyId;
  const company = companyId ? await db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true } }) : null;
  const contacts = company ? await listCompanyContacts(company.id) : [];
  if (contact && !contacts.some((c) => c.id === contact.id)) {
    contacts.push({ id: contact.id, firstName: contact.firstName, lastName: contact.lastName, email: contact.email, isPrimary: contact.isPrimary });
  }
  return { company, contacts };
}
