import { stageInputSchema, type StageInput } from "@/lib/validation/pipeline";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { applyStageProbability } from "@/server/services/deals/apply-stage-probability";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin, assertPipelineRules, assertStageNameFree } from "./pipeline-rules";

/**
 * Changes a stage's name, colour, default probability, kind and rotting days (admins only).
 * A new default probability is given to the stage's deals that do not override it, with their
 * weighted values. A deal stage that holds deals keeps its kind (their won/lost state would no
 * longer match it); the pipeline rules (pipelineRuleViolation) must hold afterwards.
 * @returns how many deals got the new probability.
 * @throws ForbiddenError; NotFoundError; ValidationError for invalid input or a taken name;
 *   ConflictError for a kind change that is refused.
 */
export async function updateStage(actor: Actor, stageId: string, input: StageInput): Promise<{ dealsUpdated: number }> {
  assertPipelineAdmin(actor);
  assertRecordId(stageId, "Stage");
  const data = parseOrThrow(stageInputSchema, input);
  return getDb().$transaction(
    async (tx) => {
      const before = await tx.stage.findUnique({
        where: { id: stageId },
        select: { pipelineId: true, name: true, color: true, probability: true, kind: true, rottingDays: true, pipeline: { select: { kind: true } }, _count: { select: { deals: true } } },
      });
      if (!before) throw new NotFoundError("Stage");
      if (data.name !== before.name) await assertStageNameFree(tx, before.pipelineId, data.name, stageId);
      if (data.kind !== before.kind && before._count.deals > 0) {
        throw new ConflictError("This stage holds deals: move them to another stage before changing whether it is open, won or lost");
      }
      await tx.stage.update({ where: { id: stageId }, data });
      if (data.kind !== before.kind) await assertPipelineRules(tx, before.pipelineId);
      const dealsUpdated = data.probability !== before.probability && before.pipeline.kind === "DEAL" ? await applyStageProbability(tx, stageId, data.probability) : 0;
      await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Stage", entityId: stageId, changes: { ...changedFields(before, data), dealsUpdated } });
      return { dealsUpdated };
    },
    { timeout: 60_000 },
  );
}
