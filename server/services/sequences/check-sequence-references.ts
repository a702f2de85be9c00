import { checkTemplateSource } from "@/lib/templates/template-engine";
import type { SequenceData } from "@/lib/validation/sequence";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

/**
 * Checks what a sequence names: each email step's template is an email template having every
 * variant of its split; a task step's template (optional) exists and its title and message are
 * valid templates (checkTemplateSource: known variables only); each exit stage is a stage of
 * the lead pipeline.
 * @throws ValidationError with field errors (`steps.<i>.templateId`, `steps.<i>.split`, `exitStageIds`).
 */
export async function checkSequenceReferences(tx: Tx, data: SequenceData): Promise<void> {
  const templateIds = [...new Set(data.steps.flatMap((s) => (s.kind !== "WAIT" && s.templateId ? [s.templateId] : [])))];
  const [templates, stages] = await Promise.all([
    templateIds.length ? tx.template.findMany({ where: { id: { in: templateIds } }, select: { id: true, category: true, variants: { select: { label: true } } } }) : [],
    data.exitStageIds.length ? tx.stage.findMany({ where: { id: { in: data.exitStageIds }, pipeline: { kind: "LEAD" } }, select: { id: true } }) : [],
  ]);
  const byId = new Map(templates.map((t) => [t.id, t]));
  const errors: Record<string, string[]> = {};
  data.steps.forEach((step, index) => {
    if (step.kind === "TASK") {
      const titleError = checkTemplateSource(step.title);
      if (titleError) errors[`steps.${index}.title`] = [titleError];
      const bodyError = step.body ? checkTemplateSource(step.body) : null;
      if (bodyError) errors[`steps.${index}.body`] = [bodyError];
    }
    if (step.kind === "WAIT" || !step.templateId) return;
    const template = byId.get(step.templateId);
    if (!template) errors[`steps.${index}.templateId`] = ["No such template"];
    else if (step.kind === "EMAIL") {
      if (template.category !== "EMAIL") errors[`steps.${index}.templateId`] = ["Choose an email template"];
      const labels = new Set(["A", ...template.variants.map((v) => v.label)]);
      const missing = (step.split ?? []).filter((s) => !labels.has(s.label)).map((s) => s.label);
      if (missing.length) errors[`steps.${index}.split`] = [`The template has no variant ${missing.join(", ")}`];
    }
  });
  if (stages.length !== new Set(data.exitStageIds).size) errors.exitStageIds = ["Choose stages of the lead pipeline"];
  if (Object.keys(errors).length) throw new ValidationError("Check the sequence's steps", errors);
}
