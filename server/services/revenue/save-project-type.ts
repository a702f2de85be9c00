import { projectTypeInputSchema, type ProjectTypeInput } from "@/lib/validation/project";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { isUniqueViolation } from "@/server/services/unique-violation";

const ADMIN_ONLY = "Only an admin can change the project types";

/**
 * Settings → Revenue: adds a project type (after the others, `typeId` null) or renames one.
 * @throws ForbiddenError unless `actor` is an admin; ValidationError (blank name, a name in use);
 *   NotFoundError for an unknown type.
 */
export async function saveProjectType(actor: Actor, typeId: string | null, input: ProjectTypeInput): Promise<{ id: string }> {
  assertAdmin(actor, ADMIN_ONLY);
  if (typeId !== null) assertRecordId(typeId, "Project type");
  const { name } = parseOrThrow(projectTypeInputSchema, input);
  try {
    return await getDb().$transaction(async (tx) => {
      if (typeId === null) {
        const last = await tx.projectType.aggregate({ _max: { position: true } });
        const type = await tx.projectType.create({ data: { name, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
        await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "ProjectType", entityId: type.id, changes: { name } });
        return type;
      }
      const before = await tx.projectType.findUnique({ where: { id: typeId }, select: { name: true } });
      if (!before) throw new NotFoundError("Project type");
      await tx.projectType.update({ where: { id: typeId }, data: { name } });
      await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "ProjectType", entityId: typeId, changes: { name: [before.name, name] } });
      return { id: typeId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("Some fields need attention", { name: ["A project type of that name exists"] });
    throw error;
  }
}
