import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import type { Actor } from "@/server/services/permissions";
import { findTemplateToChange } from "./find-template-to-change";

/**
 * Deletes a template and its variants for good (templates have no trash). Its owner, a manager
 * or an admin may.
 * @throws NotFoundError, ForbiddenError.
 */
export async function deleteTemplate(actor: Actor, templateId: string): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const template = await findTemplateToChange(tx, actor, templateId);
    await tx.template.delete({ where: { id: template.id } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Template", entityId: template.id, changes: { name: template.name } });
    return { id: template.id };
  });
}
