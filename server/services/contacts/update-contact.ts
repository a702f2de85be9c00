import { contactInputSchema, type ContactInput } from "@/lib/validation/contact";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertOwnerExists } from "@/server/services/companies/assert-owner-exists";
import { setTags } from "@/server/services/leads/lead-write-data";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { contactColumns } from "./contact-columns";
import { demoteOtherPrimaries, findLinkableCompany, hasPrimaryContact, lockCompany } from "./primary-contact";

/**
 * Replaces a contact's fields with `input` (a full contact form). Making it primary (isPrimary or
 * role PRIMARY) unsets the company's other primary contact in the same transaction; moving it into
 * a company without an active primary contact makes it primary. A contact without a company is
 * never primary. SALES users cannot hand a contact to someone else.
 * @throws ValidationError (also for an unknown or deleted company); NotFoundError; ForbiddenError
 *   unless `actor` may edit the contact; ConflictError when it is deleted (restore it first).
 */
export async function updateContact(actor: Actor, contactId: string, input: ContactInput): Promise<void> {
  assertRecordId(contactId, "Contact");
  const data = parseOrThrow(contactInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.contact.findUnique({ where: { id: contactId } });
    if (!before) throw new NotFoundError("Contact");
    assertCanEdit(actor, before, "contact");
    if (before.deletedAt) throw new ConflictError("This contact is deleted; restore it before editing");
    const ownerId = actor.role === "SALES" ? before.ownerId : data.ownerId;
    if (ownerId !== before.ownerId) await assertOwnerExists(tx, ownerId);

    let isPrimary = false;
    if (data.companyId) {
      await lockCompany(tx, data.companyId);
      if (data.companyId !== before.companyId) await findLinkableCompany(tx, data.companyId);
      const movedIn = data.companyId !== before.companyId;
      isPrimary = data.isPrimary || data.role === "PRIMARY" || (movedIn && !(await hasPrimaryContact(tx, data.companyId, contactId)));
    }
    const columns = { ...contactColumns(data), isPrimary, ownerId };
    await tx.contact.update({ where: { id: contactId }, data: { ...columns, tags: setTags(data.tags) } });
    if (data.companyId && isPrimary) await demoteOtherPrimaries(tx, data.companyId, contactId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Contact",
      entityId: contactId,
      changes: changedFields(before, columns),
    });
  });
}
