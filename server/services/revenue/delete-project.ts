import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { refreshCompanyRevenue } from "@/server/services/revenue/refresh-company-revenue";

/**
 * Deletes a project and refreshes its company's revenue figures, in one transaction.
 * @param now - the figures' instant.
 * @throws NotFoundError for an unknown project; ForbiddenError unless `actor` may edit it.
 */
export async function deleteProject(actor: Actor, projectId: string, now = new Date()): Promise<void> {
  assertRecordId(projectId, "Project");
  await getDb().$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { name: true, ownerId: true, companyId: true, amount: true, currency: true, status: true } });
    if (!project) throw new NotFoundError("Project");
    assertCanEdit(actor, project, "project");
    await tx.project.delete({ where: { id: projectId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Project", entityId: projectId, changes: { name: project.name, companyId: project.companyId, amount: project.amount, currency: project.currency, status: project.status } });
    await refreshCompanyRevenue(tx, project.companyId, now);
  });
}
