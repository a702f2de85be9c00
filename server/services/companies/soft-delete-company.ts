import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Soft-deletes a company: it leaves the lists, search and pickers but keeps its contacts,
 * converted leads and history, and can be restored. Its contacts are not deleted with it.
 * Deleting an already deleted company changes nothing.
 * @param now - the deletion time.
 * @throws NotFoundError; ForbiddenError unless `actor` may edit the company.
 */
export async function softDeleteCompany(actor: Actor, companyId: string, now = new Date()): Promise<void> {
  assertRecordId(companyId, "Company");
  await getDb().$transaction(async (tx) => {
    const company = await tx.company.findUnique({ where: { id: companyId }, select: { name: true, ownerId: true, deletedAt: true } });
    if (!company) throw new NotFoundError("Company");
    assertCanEdit(actor, company, "company");
    if (company.deletedAt) return;
    await tx.company.update({ where: { id: companyId }, data: { deletedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Company", entityId: companyId, changes: { name: company.name } });
  });
}
