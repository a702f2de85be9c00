import { DEFAULT_TEMPLATES } from "@/lib/templates/default-templates";
import { templateInputSchema } from "@/lib/validation/template";
import { getDb, type Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { isUniqueViolation } from "@/server/services/unique-violation";

/** Whether templates were ever written here: any template, or any template in the audit log (also deleted ones). */
async function templatesWereWritten(tx: Tx): Promise<boolean> {
  const [templates, audited] = await Promise.all([tx.template.count(), tx.auditLog.count({ where: { entityType: "Template" } })]);
  return templates > 0 || audited > 0;
}

/**
 * Creates the default templates (DEFAULT_TEMPLATES) on first run: when no template exists and
 * none ever did (none in the audit log), so a team that deleted them does not get them back.
 * Owned by nobody, so managers and admins edit them. Idempotent and safe to call concurrently:
 * the set is written in one transaction and each default's `defaultKey` is unique, so a second
 * writer fails on it and its attempt is ignored. Called by the first-run setup, by `db:migrate`
 * (every start, for installations that predate templates) and by the templates page.
 * @returns how many templates it created (0 when it did nothing).
 */
export async function ensureDefaultTemplates(): Promise<number> {
  const db = getDb();
  if (await templatesWereWritten(db)) return 0;
  try {
    return await db.$transaction(async (tx) => {
      if (await templatesWereWritten(tx)) return 0;
      for (const { key, ...input } of DEFAULT_TEMPLATES) {
        const { variants, ...fields } = templateInputSchema.parse(input);
        const template = await tx.template.create({ data: { ...fields, defaultKey: key, variants: { create: variants } }, select: { id: true } });
        await recordAudit(tx, { actorId: null, action: "create", entityType: "Template", entityId: template.id, changes: { defaultKey: key } });
      }
      return DEFAULT_TEMPLATES.length;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 0;
    throw error;
  }
}
