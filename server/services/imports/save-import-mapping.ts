import { saveImportMappingSchema, type SaveImportMappingInput } from "@/lib/validation/import";
import { getDb } from "@/server/db";
import { ForbiddenError } from "@/server/errors";
import { parseOrThrow } from "@/server/services/parse";
import { canEdit, type Actor } from "@/server/services/permissions";

/**
 * Saves a column mapping under a name for later imports; saving under an existing name replaces
 * that mapping, which only its creator, a manager or an admin may do.
 * @throws ValidationError for an invalid name or mapping; ForbiddenError as above.
 */
export async function saveImportMapping(actor: Actor, input: SaveImportMappingInput): Promise<{ id: string; name: string }> {
  const { name, mapping } = parseOrThrow(saveImportMappingSchema, input);
  return getDb().$transaction(async (tx) => {
    const existing = await tx.importMapping.findUnique({ where: { name }, select: { id: true, createdById: true } });
    if (!existing) {
      return tx.importMapping.create({ data: { name, mapping, createdById: actor.id }, select: { id: true, name: true } });
    }
    if (!canEdit(actor, { ownerId: existing.createdById })) {
      throw new ForbiddenError("Only its creator, a manager or an admin can replace this saved mapping");
    }
    return tx.importMapping.update({ where: { id: existing.id }, data: { mapping }, select: { id: true, name: true } });
  });
}
