import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Restores a soft-deleted company (same permission as deleting it). Restoring a company that is
 * not deleted changes nothing.
 * @throws NotFoundError; ForbiddenError unless `actor` may edit the company.
 */
export async function restoreCompany(actor: Actor, companyId: string): Promise<void> {
  assertRecordId(companyId, "Company");
  await getDb().$transaction(async (tx) => {
    const company = await tx.company.findUnique({ where: { id: companyId }, select: { name: true, ownerId: true, deletedAt: true } });
    if (!company) throw new NotFoundError("Company");
    assertCanEdit(actor, company, "company");
    if (!company.deletedAt) return;
    await tx.company.update({ where: { id: companyId }, data: { deletedAt: null } });
    await recordAudit(tx, { actorId: actor.id, action: "restore", entityType: "Company", entityId: companyId, changes: { name: company.name } });
  });
}
