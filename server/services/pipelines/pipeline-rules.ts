import { pipelineRuleViolation } from "@/lib/validation/pipeline";
import type { Tx } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { assertAdmin, type Actor } from "@/server/services/permissions";

/** @throws ForbiddenError unless `actor` is an admin (only admins edit pipelines and stages). */
export function assertPipelineAdmin(actor: Actor): void {
  assertAdmin(actor, "Only an admin can change pipelines and stages");
}

/**
 * Checks a pipeline's stages as they now stand inside `tx` (call it after the change, so a
 * refusal rolls the change back): see pipelineRuleViolation.
 * @throws ConflictError naming the rule that the change would break.
 */
export async function assertPipelineRules(tx: Tx, pipelineId: string): Promise<void> {
  const pipeline = await tx.pipeline.findUniqueOrThrow({ where: { id: pipelineId }, select: { kind: true, stages: { select: { kind: true } } } });
  const violation = pipelineRuleViolation(pipeline.kind, pipeline.stages.map((s) => s.kind));
  if (violation) throw new ConflictError(violation);
}

/** @throws ValidationError on `name` when another stage of the pipeline already has that name. */
export async function assertStageNameFree(tx: Tx, pipelineId: string, name: string, exceptStageId?: string): Promise<void> {
  const clash = await tx.stage.findFirst({ where: { pipelineId, name, NOT: exceptStageId ? { id: exceptStageId } : undefined }, select: { id: true } });
  if (clash) throw new ValidationError("Some fields need attention", { name: [`This pipeline already has a stage named “${name}”`] });
}

/** @throws ValidationError on `name` when another pipeline already has that name (pipeline names are unique). */
export async function assertPipelineNameFree(tx: Tx, name: string, exceptPipelineId?: string): Promise<void> {
  const clash = await tx.pipeline.findFirst({ where: { name, NOT: exceptPipelineId ? { id: exceptPipelineId } : undefined }, select: { id: true } });
  if (clash) throw new ValidationError("Some fields need attention", { name: [`A pipeline named “${name}” already exists`] });
}
