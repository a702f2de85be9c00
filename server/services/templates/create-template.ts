import { templateInputSchema, type TemplateInput } from "@/lib/validation/template";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { writeTemplateVariants } from "./write-template-variants";

/**
 * Creates a template owned by `actor` (anyone may create one), with its A/B variants.
 * @throws ValidationError with field errors: a blank name, an email without a subject, an unknown
 *   variable, unbalanced braces or tags, a body over 200 KB (see templateInputSchema).
 */
export async function createTemplate(actor: Actor, input: TemplateInput): Promise<{ id: string }> {
  const { variants, ...fields } = parseOrThrow(templateInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const template = await tx.template.create({ data: { ...fields, ownerId: actor.id, createdById: actor.id }, select: { id: true } });
    await writeTemplateVariants(tx, template.id, variants);
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Template", entityId: template.id, changes: { name: fields.name, category: fields.category } });
    return template;
  });
}
