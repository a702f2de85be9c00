import { projectInputSchema, type ProjectInput } from "@/lib/validation/project";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertOwnerExists } from "@/server/services/companies/assert-owner-exists";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { refreshCompanyRevenue } from "@/server/services/revenue/refresh-company-revenue";
import { assertProjectType } from "./assert-project-type";
import { projectColumns } from "./project-columns";

/**
 * Replaces a project's fields with `input` (a full project form) and refreshes its company's
 * revenue figures, in one transaction. A project that becomes PAID without a paid day is paid
 * today; one that stays PAID keeps its paid day unless the form changes it. SALES users cannot
 * hand a project to someone else (their owner choice is ignored).
 * @param now - today (see above) and the figures' instant.
 * @throws ValidationError; NotFoundError for an unknown project; ForbiddenError unless `actor` may edit it.
 */
export async function updateProject(actor: Actor & { timeZone: string }, projectId: string, input: ProjectInput, now = new Date()): Promise<void> {
  assertRecordId(projectId, "Project");
  const data = parseOrThrow(projectInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.project.findUnique({ where: { id: projectId } });
    if (!before) throw new NotFoundError("Project");
    assertCanEdit(actor, before, "project");
    const ownerId = actor.role === "SALES" ? before.ownerId : data.ownerId;
    if (ownerId !== before.ownerId) await assertOwnerExists(tx, ownerId);
    await assertProjectType(tx, data.typeId, before.typeId);
    const columns = projectColumns(data, actor.timeZone, now);
    await tx.project.update({ where: { id: projectId }, data: { ...columns, ownerId } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Project", entityId: projectId, changes: changedFields(before, { ...columns, ownerId }) });
    await refreshCompanyRevenue(tx, before.companyId, now);
  });
}
