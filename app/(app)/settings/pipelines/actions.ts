"use server";

import { revalidatePath } from "next/cache";
import type { PipelineInput, RemoveStageInput, StageInput, StageOrderInput } from "@/lib/validation/pipeline";
import { runAction } from "@/server/action";
import { createPipeline } from "@/server/services/pipelines/create-pipeline";
import { createStage } from "@/server/services/pipelines/create-stage";
import { deletePipeline } from "@/server/services/pipelines/delete-pipeline";
import { removeStage } from "@/server/services/pipelines/remove-stage";
import { renamePipeline } from "@/server/services/pipelines/rename-pipeline";
import { reorderStages } from "@/server/services/pipelines/reorder-stages";
import { updateStage } from "@/server/services/pipelines/update-stage";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** Stage and pipeline changes show on every page that lists stages (leads, deals, boards). */
const revalidateAll = () => revalidatePath("/", "layout");

export async function createPipelineAction(input: PipelineInput) {
  return runAction(async (user) => {
    const pipeline = await createPipeline(user, input);
    revalidateAll();
    return pipeline;
  });
}

export async function renamePipelineAction(pipelineId: string, input: PipelineInput) {
  return runAction(async (user) => {
    await renamePipeline(user, idOf(pipelineId), input);
    revalidateAll();
    return null;
  });
}

export async function deletePipelineAction(pipelineId: string) {
  return runAction(async (user) => {
    await deletePipeline(user, idOf(pipelineId));
    revalidateAll();
    return null;
  });
}

export async function createStageAction(pipelineId: string, input: StageInput) {
  return runAction(async (user) => {
    const stage = await createStage(user, idOf(pipelineId), input);
    revalidateAll();
    return stage;
  });
}

export async function updateStageAction(stageId: string, input: StageInput) {
  return runAction(async (user) => {
    const result = await updateStage(user, idOf(stageId), input);
    revalidateAll();
    return result;
  });
}

export async function reorderStagesAction(pipelineId: string, input: StageOrderInput) {
  return runAction(async (user) => {
    await reorderStages(user, idOf(pipelineId), input);
    revalidateAll();
    return null;
  });
}

export async function removeStageAction(stageId: string, input: RemoveStageInput) {
  return runAction(async (user) => {
    const result = await removeStage(user, idOf(stageId), input);
    revalidateAll();
    return result;
  });
}
