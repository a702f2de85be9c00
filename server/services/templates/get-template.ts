import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { templateDetailSelect, type TemplateDetail } from "./template-record";

/**
 * A template with its body and A/B variants (B–D, by label). Every signed-in user may read every
 * template (they are the team's).
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getTemplate(templateId: string): Promise<TemplateDetail> {
  assertRecordId(templateId, "Template");
  const template = await getDb().template.findUnique({ where: { id: templateId }, select: templateDetailSelect });
  if (!template) throw new NotFoundError("Template");
  return template;
}
