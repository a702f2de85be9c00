import type { ContactData } from "@/lib/validation/contact";
import type { Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { assertOwnerExists } from "@/server/services/companies/assert-owner-exists";
import { contactColumns } from "./contact-columns";
import { demoteOtherPrimaries, findLinkableCompany, hasPrimaryContact, lockCompany } from "./primary-contact";

/**
 * Inserts a validated contact inside the caller's transaction and applies the primary-contact
 * rule (see primary-contact.ts): it becomes primary when asked (isPrimary or role PRIMARY) or
 * when its company has no active primary contact, and then is the company's only primary.
 * @param who - the acting user's id (for the audit log) and the owner the caller decided on.
 * @throws ValidationError for an unknown or deleted company or an unknown owner.
 */
export async function insertContact(
  tx: Tx,
  who: { actorId: string; ownerId: string },
  data: ContactData,
): Promise<{ id: string; isPrimary: boolean }> {
  const { actorId, ownerId } = who;
  await assertOwnerExists(tx, ownerId);
  let isPrimary = false;
  if (data.companyId) {
    await lockCompany(tx, data.companyId);
    await findLinkableCompany(tx, data.companyId);
    isPrimary = data.isPrimary || data.role === "PRIMARY" || !(await hasPrimaryContact(tx, data.companyId));
  }
  const contact = await tx.contact.create({
    data: {
      ...contactColumns(data),
      isPrimary,
      ownerId,
      tags: { connectOrCreate: data.tags.map((name) => ({ where: { name }, create: { name } })) },
    },
    select: { id: true, isPrimary: true },
  });
  if (data.companyId && isPrimary) await demoteOtherPrimaries(tx, data.companyId, contact.id);
  await recordAudit(tx, {
    actorId,
    action: "create",
    entityType: "Contact",
    entityId: contact.id,
    changes: { firstName: data.firstName, lastName: data.lastName, companyId: data.companyId, isPrimary },
  });
  return contact;
}
