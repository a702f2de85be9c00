import type { TemplateData } from "@/lib/validation/template";
import type { Tx } from "@/server/db";

/**
 * Makes a template's variant rows those of `variants`: a label that stays keeps its row (and id)
 * with the new subject and body, a new label is added, a label left out is deleted. Runs inside
 * the caller's transaction.
 */
export async function writeTemplateVariants(tx: Tx, templateId: string, variants: TemplateData["variants"]): Promise<void> {
  await tx.templateVariant.deleteMany({ where: { templateId, label: { notIn: variants.map((v) => v.label) } } });
  for (const { label, subject, body } of variants) {
    await tx.templateVariant.upsert({
      where: { templateId_label: { templateId, label } },
      create: { templateId, label, subject, body },
      update: { subject, body },
    });
  }
}
