import { pipelineInputSchema, stageInputSchema, stageOrderSchema } from "@/lib/validation/pipeline";
import { pipelineListQuerySchema } from "@/lib/validation/pipeline-list";
import { createPipeline } from "@/server/services/pipelines/create-pipeline";
import { createStage } from "@/server/services/pipelines/create-stage";
import { deletePipeline } from "@/server/services/pipelines/delete-pipeline";
import { getPipeline } from "@/server/services/pipelines/get-pipeline";
import { listPipelinesPage } from "@/server/services/pipelines/list-pipelines-page";
import type { PipelineRecord } from "@/server/services/pipelines/pipeline-record";
import { renamePipeline } from "@/server/services/pipelines/rename-pipeline";
import { reorderStages } from "@/server/services/pipelines/reorder-stages";
import { createOperation, deleteOperation, getOperation, itemActionOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { pipelineSchema } from "../schemas/pipeline-schemas";

const pipelines: ApiResource<PipelineRecord, PipelineRecord, typeof pipelineListQuerySchema> = {
  path: "pipelines",
  name: "Pipeline",
  tag: "Pipelines",
  rowSchema: pipelineSchema,
  detailSchema: pipelineSchema,
  list: { filters: pipelineListQuerySchema, updatedSince: false, run: (_actor, query) => listPipelinesPage(query) },
  get: (_actor, id) => getPipeline(id),
};

/** /api/v1/pipelines: every user reads pipelines with their stages; only admins change them (403 otherwise). */
export const pipelineOperations = {
  list: listOperation(pipelines),
  create: createOperation(pipelines, { schema: pipelineInputSchema, description: "A new deal pipeline (admins only), with the default stages.", run: (actor, input) => createPipeline(actor, input) }),
  get: getOperation(pipelines),
  update: updateOperation(pipelines, { schema: pipelineInputSchema, description: "Renames it (admins only).", current: (pipeline) => ({ name: pipeline.name }), run: (actor, id, input) => renamePipeline(actor, id, input) }),
  remove: deleteOperation(pipelines, { description: "Admins only; refused (409) while it holds deals or is the lead pipeline.", run: deletePipeline }),
  addStage: itemActionOperation(pipelines, {
    name: "stages",
    operationId: "createStage",
    summary: "Add a stage to a pipeline",
    description: "Admins only. Answers the pipeline with its stages.",
    body: stageInputSchema,
    problems: [400, 409, 413, 415, 422],
    run: (actor, id, input) => createStage(actor, id, input ?? ({} as never)),
  }),
  reorderStages: itemActionOperation(pipelines, {
    name: "stage-order",
    operationId: "reorderStages",
    summary: "Reorder a pipeline's stages",
    description: "Admins only: every stage id of the pipeline, first column first.",
    body: stageOrderSchema,
    problems: [400, 413, 415, 422],
    run: (actor, id, input) => reorderStages(actor, id, input ?? ({} as never)),
  }),
};
