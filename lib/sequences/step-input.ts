import type { SequenceInput, SequenceStepInput } from "@/lib/validation/sequence";

/** A step's builder fields alone (without its id, position or the builder's list key): what the form and the API send. */
export function stepInput(step: SequenceStepInput & Record<string, unknown>): SequenceStepInput {
  if (step.kind === "EMAIL") return { kind: "EMAIL", templateId: step.templateId, split: step.split };
  if (step.kind === "TASK") return { kind: "TASK", channel: step.channel, title: step.title, body: step.body, templateId: step.templateId };
  return { kind: "WAIT", waitDays: step.waitDays, businessDays: step.businessDays };
}

/** The builder's values of a stored sequence: what the edit form starts from and what an API PATCH is merged into. */
export function sequenceFormValues(sequence: Omit<SequenceInput, "steps"> & { steps: Array<SequenceStepInput & Record<string, unknown>> }): SequenceInput {
  return {
    name: sequence.name,
    steps: sequence.steps.map(stepInput),
    sendDays: sequence.sendDays,
    sendFromHour: sequence.sendFromHour,
    sendToHour: sequence.sendToHour,
    dailyCap: sequence.dailyCap,
    spacingMinutes: sequence.spacingMinutes,
    exitStageIds: sequence.exitStageIds,
  };
}
