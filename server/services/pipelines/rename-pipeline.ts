import { pipelineInputSchema, type PipelineInput } from "@/lib/validation/pipeline";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin, assertPipelineNameFree } from "./pipeline-rules";

/**
 * Renames a pipeline, the lead pipeline included (admins only).
 * @throws ForbiddenError; NotFoundError; ValidationError for a blank or taken name.
 */
export async function renamePipeline(actor: Actor, pipelineId: string, input: PipelineInput): Promise<void> {
  assertPipelineAdmin(actor);
  assertRecordId(pipelineId, "Pipeline");
  const { name } = parseOrThrow(pipelineInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.pipeline.findUnique({ where: { id: pipelineId }, select: { name: true } });
    if (!before) throw new NotFoundError("Pipeline");
    if (before.name === name) return;
    await assertPipelineNameFree(tx, name, pipelineId);
    await tx.pipeline.update({ where: { id: pipelineId }, data: { name } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Pipeline", entityId: pipelineId, changes: { name: [before.name, name] } });
  });
}
