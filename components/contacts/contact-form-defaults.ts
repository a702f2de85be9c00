import type { PickedCompany } from "@/components/companies/CompanyPicker";
import type { ContactInput } from "@/lib/validation/contact";
import type { ContactDetail } from "@/server/services/contacts/get-contact";

/**
 * The contact form's values and the company its picker shows: an existing contact's, or blanks
 * owned by `ownerId` in `company` (e.g. from /contacts/new?companyId=…).
 */
export function contactFormDefaults(
  contact: ContactDetail | null,
  ownerId: string,
  company: PickedCompany | null = null,
): { values: ContactInput; company: PickedCompany | null } {
  if (!contact) {
    return {
      values: { firstName: "", companyId: company?.id ?? null, isPrimary: false, role: null, emailStatus: "SUBSCRIBED", smsStatus: "SUBSCRIBED", ownerId, tags: [] },
      company,
    };
  }
  return {
    values: {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      mobile: contact.mobile,
      title: contact.title,
      department: contact.department,
      companyId: contact.companyId,
      isPrimary: contact.isPrimary,
      role: contact.role,
      emailStatus: contact.emailStatus,
      smsStatus: contact.smsStatus,
      ownerId: contact.ownerId,
      tags: contact.tags.map((t) => t.name),
    },
    company: contact.company ? { id: contact.company.id, name: contact.company.name } : null,
  };
}
