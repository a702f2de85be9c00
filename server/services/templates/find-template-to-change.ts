import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * The template `templateId` with the columns its changes compare, once `actor` may change it:
 * its owner, a manager or an admin (the default set, owned by nobody, only managers and admins).
 * @throws NotFoundError for an unknown or malformed id; ForbiddenError.
 */
export async function findTemplateToChange(tx: Tx, actor: Actor, templateId: string) {
  assertRecordId(templateId, "Template");
  const template = await tx.template.findUnique({
    where: { id: templateId },
    select: { id: true, name: true, category: true, subcategory: true, subject: true, body: true, favourite: true, ownerId: true },
  });
  if (!template) throw new NotFoundError("Template");
  assertCanEdit(actor, template, "template");
  return template;
}
