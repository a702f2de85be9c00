import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

/**
 * Checks the type chosen for a project: it must exist and, unless the project already has it
 * (`current`), not be archived.
 * @throws ValidationError on typeId.
 */
export async function assertProjectType(tx: Tx, typeId: string | null, current: string | null = null): Promise<void> {
  if (!typeId || typeId === current) return;
  const type = await tx.projectType.findUnique({ where: { id: typeId }, select: { archivedAt: true } });
  if (!type || type.archivedAt) throw new ValidationError("Some fields need attention", { typeId: ["Choose a project type"] });
}
