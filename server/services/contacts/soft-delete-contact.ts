import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Soft-deletes a contact: it leaves the lists, search and its company's page but keeps its
 * history, and can be restored. Deleting an already deleted contact changes nothing. A deleted
 * primary contact leaves its company without an active primary until another contact is made
 * primary or added.
 * @param now - the deletion time.
 * @throws NotFoundError; ForbiddenError unless `actor` may edit the contact.
 */
export async function softDeleteContact(actor: Actor, contactId: string, now = new Date()): Promise<void> {
  assertRecordId(contactId, "Contact");
  await getDb().$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({
      where: { id: contactId },
      select: { firstName: true, lastName: true, ownerId: true, deletedAt: true },
    });
    if (!contact) throw new NotFoundError("Contact");
    assertCanEdit(actor, contact, "contact");
    if (contact.deletedAt) return;
    await tx.contact.update({ where: { id: contactId }, data: { deletedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "Contact",
      entityId: contactId,
      changes: { firstName: contact.firstName, lastName: contact.lastName },
    });
  });
}
