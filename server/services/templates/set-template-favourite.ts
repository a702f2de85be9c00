import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Stars (`favourite` true) or un-stars a template. The star is the team's, and any signed-in user
 * may set it, also on templates they cannot edit. Setting the value it has changes nothing (a
 * double click is harmless) and does not move it in the list (updatedAt is kept).
 * @throws NotFoundError for an unknown or malformed id; ValidationError when `favourite` is not a boolean.
 */
export async function setTemplateFavourite(actor: Actor, templateId: string, favourite: boolean): Promise<{ id: string; favourite: boolean }> {
  assertRecordId(templateId, "Template");
  if (typeof favourite !== "boolean") throw new ValidationError("Some fields need attention", { favourite: ["Must be yes or no"] });
  return getDb().$transaction(async (tx) => {
    const template = await tx.template.findUnique({ where: { id: templateId }, select: { id: true, favourite: true, updatedAt: true } });
    if (!template) throw new NotFoundError("Template");
    if (template.favourite === favourite) return { id: template.id, favourite };
    // The list is sorted by last update: a star is not an edit, so updatedAt stays.
    await tx.template.update({ where: { id: template.id }, data: { favourite, updatedAt: template.updatedAt } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Template", entityId: template.id, changes: { favourite: [!favourite, favourite] } });
    return { id: template.id, favourite };
  });
}
