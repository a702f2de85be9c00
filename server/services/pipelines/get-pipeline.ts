import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { pipelineRecordSelect, type PipelineRecord } from "./pipeline-record";

/**
 * One pipeline with its stages. Every signed-in user may read pipelines (the boards and lists
 * show them); only admins change them.
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getPipeline(pipelineId: string): Promise<PipelineRecord> {
  assertRecordId(pipelineId, "Pipeline");
  const pipeline = await getDb().pipeline.findUnique({ where: { id: pipelineId }, select: pipelineRecordSelect });
  if (!pipeline) throw new NotFoundError("Pipeline");
  return pipeline;
}
