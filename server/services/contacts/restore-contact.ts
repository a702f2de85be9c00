import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { demoteOtherPrimaries, hasPrimaryContact, lockCompany } from "./primary-contact";

/**
 * Restores a soft-deleted contact (same permission as deleting it). Like a newly added contact,
 * it becomes its company's primary contact when the company has no active primary one. Restoring
 * a contact that is not deleted changes nothing.
 * @throws NotFoundError; ForbiddenError unless `actor` may edit the contact.
 */
export async function restoreContact(actor: Actor, contactId: string): Promise<void> {
  assertRecordId(contactId, "Contact");
  await getDb().$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({
      where: { id: contactId },
      select: { firstName: true, lastName: true, ownerId: true, deletedAt: true, companyId: true, isPrimary: true },
    });
    if (!contact) throw new NotFoundError("Contact");
    assertCanEdit(actor, contact, "contact");
    if (!contact.deletedAt) return;
    let isPrimary = false;
    if (contact.companyId) {
      await lockCompany(tx, contact.companyId);
      // The flag is unique per company (deleted contacts included), so a restored primary stays primary.
      isPrimary = contact.isPrimary || !(await hasPrimaryContact(tx, contact.companyId, contactId));
    }
    await tx.contact.update({ where: { id: contactId }, data: { deletedAt: null, isPrimary } });
    if (contact.companyId && isPrimary) await demoteOtherPrimaries(tx, contact.companyId, contactId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "restore",
      entityType: "Contact",
      entityId: contactId,
      changes: { firstName: contact.firstName, lastName: contact.lastName, isPrimary },
    });
  });
}
