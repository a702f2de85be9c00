import { MAX_STAGES, stageInputSchema, type StageInput } from "@/lib/validation/pipeline";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin, assertStageNameFree } from "./pipeline-rules";

/**
 * Adds a stage to a pipeline (admins only). An open stage goes before the pipeline's first won or
 * lost stage (so the closing columns stay last on the board); a won or lost stage goes last.
 * @throws ForbiddenError; NotFoundError for an unknown pipeline; ValidationError for invalid input
 *   or a name the pipeline already has; ConflictError when the pipeline has MAX_STAGES stages.
 */
export async function createStage(actor: Actor, pipelineId: string, input: StageInput): Promise<{ id: string }> {
  assertPipelineAdmin(actor);
  assertRecordId(pipelineId, "Pipeline");
  const data = parseOrThrow(stageInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const pipeline = await tx.pipeline.findUnique({
      where: { id: pipelineId },
      select: { stages: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, kind: true } } },
    });
    if (!pipeline) throw new NotFoundError("Pipeline");
    if (pipeline.stages.length >= MAX_STAGES) throw new ConflictError(`A pipeline has at most ${MAX_STAGES} stages`);
    await assertStageNameFree(tx, pipelineId, data.name);
    const firstClosed = pipeline.stages.findIndex((s) => s.kind !== "OPEN");
    const at = data.kind === "OPEN" && firstClosed !== -1 ? firstClosed : pipeline.stages.length;
    const stage = await tx.stage.create({ data: { ...data, pipelineId, position: at }, select: { id: true } });
    // Renumber the stages after it.
    for (const [i, s] of pipeline.stages.slice(at).entries()) await tx.stage.update({ where: { id: s.id }, data: { position: at + 1 + i } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Stage", entityId: stage.id, changes: { pipelineId, ...data } });
    return stage;
  });
}
