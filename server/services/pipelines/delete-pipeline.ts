import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin } from "./pipeline-rules";

/**
 * Deletes a deal pipeline with its stages (admins only). The lead pipeline, a pipeline that still
 * has deals and the last deal pipeline cannot be deleted. When the default deal pipeline goes,
 * the first remaining one becomes the default.
 * @throws ForbiddenError; NotFoundError; ConflictError naming the rule.
 */
export async function deletePipeline(actor: Actor, pipelineId: string): Promise<void> {
  assertPipelineAdmin(actor);
  assertRecordId(pipelineId, "Pipeline");
  await getDb().$transaction(async (tx) => {
    const pipeline = await tx.pipeline.findUnique({ where: { id: pipelineId }, select: { name: true, kind: true, isDefault: true, _count: { select: { deals: true } } } });
    if (!pipeline) throw new NotFoundError("Pipeline");
    if (pipeline.kind === "LEAD") throw new ConflictError("The lead pipeline cannot be deleted (its stages are the lead statuses)");
    if (pipeline._count.deals > 0) {
      throw new ConflictError(`“${pipeline.name}” still has ${pipeline._count.deals} deal${pipeline._count.deals === 1 ? "" : "s"}; move or delete them first`);
    }
    if ((await tx.pipeline.count({ where: { kind: "DEAL" } })) <= 1) throw new ConflictError("The last deal pipeline cannot be deleted");
    await tx.pipeline.delete({ where: { id: pipelineId } });
    if (pipeline.isDefault) {
      const next = await tx.pipeline.findFirstOrThrow({ where: { kind: "DEAL" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
      await tx.pipeline.update({ where: { id: next.id }, data: { isDefault: true } });
    }
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Pipeline", entityId: pipelineId, changes: { name: pipeline.name } });
  });
}
