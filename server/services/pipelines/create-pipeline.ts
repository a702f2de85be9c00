import { NEW_PIPELINE_STAGES } from "@/lib/deals/default-pipeline";
import { pipelineInputSchema, type PipelineInput } from "@/lib/validation/pipeline";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertPipelineAdmin, assertPipelineNameFree } from "./pipeline-rules";

/**
 * Creates a deal pipeline (admins only) after the existing ones, with a starter set of stages
 * (New, In progress, Won, Lost — NEW_PIPELINE_STAGES) that the admin then edits.
 * @throws ForbiddenError; ValidationError for a blank or taken name.
 */
export async function createPipeline(actor: Actor, input: PipelineInput): Promise<{ id: string }> {
  assertPipelineAdmin(actor);
  const { name } = parseOrThrow(pipelineInputSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertPipelineNameFree(tx, name);
    const last = await tx.pipeline.findFirst({ where: { kind: "DEAL" }, orderBy: { position: "desc" }, select: { position: true } });
    const hasDefault = (await tx.pipeline.count({ where: { kind: "DEAL", isDefault: true } })) > 0;
    const pipeline = await tx.pipeline.create({
      data: {
        name,
        kind: "DEAL",
        isDefault: !hasDefault,
        position: (last?.position ?? -1) + 1,
        stages: { create: NEW_PIPELINE_STAGES.map((stage, position) => ({ ...stage, position })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Pipeline", entityId: pipeline.id, changes: { name } });
    return pipeline;
  });
}
