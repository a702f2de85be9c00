import type { SequenceStepInput } from "@/lib/validation/sequence";

/** A step's builder fields alone (without its id, position or the builder's list key): what the form and the API send. */
export function stepInput(step: SequenceStepInput & Record<string, unknown>): SequenceStepInput {
  if (step.kind === "EMAIL") return { kind: "EMAIL", templateId: step.templateId, split: step.split };
  if (step.kind === "TASK") return { kind: "TASK", channel: step.channel, title: step.title, body: step.body, templateId: step.templateId };
  return { kind: "WAIT", waitDays: step.waitDays, businessDays: step.businessDays };
}
