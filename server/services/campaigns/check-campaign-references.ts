import type { CampaignData } from "@/lib/validation/campaign";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

/**
 * Checks that a campaign's template is an email template having every variant of the split, and
 * that its segment exists.
 * @throws ValidationError with field errors (`templateId`, `split`, `segmentId`).
 */
export async function checkCampaignReferences(tx: Tx, data: CampaignData): Promise<void> {
  const [template, segment] = await Promise.all([
    tx.template.findUnique({ where: { id: data.templateId }, select: { category: true, variants: { select: { label: true } } } }),
    tx.segment.findUnique({ where: { id: data.segmentId }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (!template) errors.templateId = ["No such template"];
  else if (template.category !== "EMAIL") errors.templateId = ["Choose an email template"];
  else {
    const labels = new Set(["A", ...template.variants.map((v) => v.label)]);
    const missing = data.split.filter((s) => !labels.has(s.label)).map((s) => s.label);
    if (missing.length) errors.split = [`The template has no variant ${missing.join(", ")}`];
  }
  if (!segment) errors.segmentId = ["No such segment"];
  if (Object.keys(errors).length) throw new ValidationError("Check the campaign's template and segment", errors);
}
