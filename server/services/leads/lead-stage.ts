import { getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";

/** The id of the first stage ("New") of the default lead pipeline, creating the pipeline if needed. */
export async function firstLeadStageId(): Promise<string> {
  const pipelineId = await ensureLeadPipeline();
  const stage = await getDb().stage.findFirstOrThrow({
    where: { pipelineId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return stage.id;
}
