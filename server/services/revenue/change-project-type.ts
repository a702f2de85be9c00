import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";

/**
 * Settings → Revenue: moves a project type one place up or down in the order the forms offer
 * (renumbering all types 0…n−1), or archives it (its projects keep it; new ones cannot choose it)
 * or restores it.
 * @param now - when it was archived.
 * @throws ForbiddenError unless `actor` is an admin; NotFoundError for an unknown type.
 */
export async function changeProjectType(actor: Actor, typeId: string, change: "up" | "down" | "archive" | "restore", now = new Date()): Promise<void> {
  assertAdmin(actor, "Only an admin can change the project types");
  assertRecordId(typeId, "Project type");
  await getDb().$transaction(async (tx) => {
    const types = await tx.projectType.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }], select: { id: true, position: true, archivedAt: true } });
    const index = types.findIndex((t) => t.id === typeId);
    if (index < 0) throw new NotFoundError("Project type");
    if (change === "archive" || change === "restore") {
      const archivedAt = change === "archive" ? now : null;
      await tx.projectType.update({ where: { id: typeId }, data: { archivedAt } });
      await recordAudit(tx, { actorId: actor.id, action: change, entityType: "ProjectType", entityId: typeId, changes: { archivedAt: [types[index].archivedAt, archivedAt] } });
      return;
    }
    const other = change === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= types.length) return;
    [types[index], types[other]] = [types[other], types[index]];
    for (const [position, type] of types.entries()) if (type.position !== position) await tx.projectType.update({ where: { id: type.id }, data: { position } });
    await recordAudit(tx, { actorId: actor.id, action: "reorder", entityType: "ProjectType", entityId: typeId, changes: { position: [index, other] } });
  });
}
