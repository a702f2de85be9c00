import { stageOrderSchema, type StageOrderInput } from "@/lib/validation/pipeline";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin } from "./pipeline-rules";

/**
 * Puts a pipeline's stages in the given order (admins only): `stageIds` lists every stage of the
 * pipeline exactly once, first column first.
 * @throws ForbiddenError; NotFoundError for an unknown pipeline; ValidationError for a malformed
 *   list; ConflictError when the list is not exactly the pipeline's stages (e.g. a stage was
 *   added or removed meanwhile: reload and try again).
 */
export async function reorderStages(actor: Actor, pipelineId: string, input: StageOrderInput): Promise<void> {
  assertPipelineAdmin(actor);
  assertRecordId(pipelineId, "Pipeline");
  const { stageIds } = parseOrThrow(stageOrderSchema, input);
  await getDb().$transaction(async (tx) => {
    const pipeline = await tx.pipeline.findUnique({
      where: { id: pipelineId },
      select: { stages: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } } },
    });
    if (!pipeline) throw new NotFoundError("Pipeline");
    const current = pipeline.stages.map((s) => s.id);
    if (new Set(stageIds).size !== stageIds.length || stageIds.length !== current.length || !current.every((id) => stageIds.includes(id))) {
      throw new ConflictError("The stages of this pipeline changed meanwhile; reload and try again");
    }
    const positionOf = new Map(pipeline.stages.map((s) => [s.id, s.position]));
    for (const [position, id] of stageIds.entries()) {
      if (positionOf.get(id) !== position) await tx.stage.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, { actorId: actor.id, action: "reorder", entityType: "Pipeline", entityId: pipelineId, changes: { stageIds: [current, stageIds] } });
  });
}
