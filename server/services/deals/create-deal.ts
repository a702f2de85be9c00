import { newDealSchema, type NewDealInput } from "@/lib/validation/deal";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import { ownerForNewRecord, type Actor } from "@/server/services/permissions";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { insertDeal } from "./insert-deal";

/**
 * Creates a deal at the top of its stage's column: in `stageId` (an open stage), else in the first
 * open stage of `pipelineId`, else of the default deal pipeline (created when missing). SALES users
 * always own the deals they create.
 * @param actor - the acting user and their time zone (for the expected close day).
 * @param now - when the deal entered its stage.
 * @throws ValidationError for invalid input, an unsuitable stage, unknown links or owner.
 */
export async function createDeal(actor: Actor & { timeZone: string }, input: NewDealInput, now = new Date()): Promise<{ id: string }> {
  const data = parseOrThrow(newDealSchema, input);
  const pipelineId = data.pipelineId ?? (data.stageId ? null : await ensureDealPipeline());
  const who = { actorId: actor.id, ownerId: ownerForNewRecord(actor, data.ownerId), timeZone: actor.timeZone };
  return getDb().$transaction((tx) => insertDeal(tx, who, { ...data, pipelineId }, now));
}
