import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { findLinkableCompany } from "@/server/services/contacts/primary-contact";

type Links = { companyId: string | null; contactId: string | null; leadId: string | null };

/**
 * Checks the company, contact and lead a deal links to. A newly chosen company or contact must
 * exist and not be deleted (one the deal already had may since have been deleted); a contact that
 * belongs to a company must belong to the deal's company when the deal has one; a lead must exist.
 * @param before - the deal's current links, when updating.
 * @returns the linked company's name (for the search text).
 * @throws ValidationError on companyId, contactId or leadId.
 */
export async function checkDealLinks(tx: Tx, links: Links, before?: Links): Promise<{ companyName: string | null }> {
  let companyName: string | null = null;
  if (links.companyId) {
    companyName =
      links.companyId === before?.companyId
        ? ((await tx.company.findUnique({ where: { id: links.companyId }, select: { name: true } }))?.name ?? null)
        : (await findLinkableCompany(tx, links.companyId)).name;
  }
  if (links.contactId) {
    const contact = await tx.contact.findUnique({ where: { id: links.contactId }, select: { companyId: true, deletedAt: true } });
    if (!contact || (contact.deletedAt && links.contactId !== before?.contactId)) {
      throw new ValidationError("Some fields need attention", { contactId: ["Choose an existing contact"] });
    }
    if (contact.companyId && links.companyId && contact.companyId !== links.companyId) {
      throw new ValidationError("Some fields need attention", { contactId: [`This contact does not belong to ${companyName ?? "the deal's company"}`] });
    }
  }
  if (links.leadId && links.leadId !== before?.leadId && !(await tx.lead.findUnique({ where: { id: links.leadId }, select: { id: true } }))) {
    throw new ValidationError("Some fields need attention", { leadId: ["Unknown lead"] });
  }
  return { companyName };
}
