import { templateInputSchema, type TemplateInput } from "@/lib/validation/template";
import { getDb } from "@/server/db";
import { changedFields, recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findTemplateToChange } from "./find-template-to-change";
import { writeTemplateVariants } from "./write-template-variants";

/**
 * Replaces a template's fields and variants with `input` (a full template form). Its owner, a
 * manager or an admin may.
 * @throws ValidationError (see createTemplate), NotFoundError, ForbiddenError.
 */
export async function updateTemplate(actor: Actor, templateId: string, input: TemplateInput): Promise<{ id: string }> {
  const { variants, ...fields } = parseOrThrow(templateInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await findTemplateToChange(tx, actor, templateId);
    await tx.template.update({ where: { id: before.id }, data: fields });
    await writeTemplateVariants(tx, before.id, variants);
    const changes = changedFields(before, fields);
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Template", entityId: before.id, changes: { ...changes, variants: variants.map((v) => v.label) } });
    return { id: before.id };
  });
}
