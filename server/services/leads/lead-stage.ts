import { getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";

/**
 * The id of the first open stage ("New") of the default lead pipeline, where new leads start,
 * creating the pipeline if needed. The pipeline editor keeps an open stage in every pipeline.
 */
export async function firstLeadStageId(): Promise<string> {
  const pipelineId = await ensureLeadPipeline();
  const stage = await getDb().stage.findFirstOrThrow({
    where: { pipelineId, kind: "OPEN" },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return stage.id;
}
