import { rewardSettingInputSchema, type RewardSettingInput } from "@/lib/validation/gamification";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Adds a level reward the actor promises themself: RECURRING every `everyLevels` levels (1–14)
 * or MILESTONE once at `atLevel` (2–15). It unlocks when they reach such a level (the engine's
 * reward unlocks); levels already reached do not unlock it after the fact.
 * @param now - when it was created.
 * @throws ValidationError for a blank name, an unknown kind or a level out of range.
 */
export async function createRewardSetting(actor: Actor, input: RewardSettingInput, now: Date): Promise<{ id: string }> {
  const data = parseOrThrow(rewardSettingInputSchema, input);
  const fields =
    data.kind === "RECURRING" ? { kind: data.kind, name: data.name, everyLevels: data.everyLevels, atLevel: null } : { kind: data.kind, name: data.name, everyLevels: null, atLevel: data.atLevel };
  return getDb().$transaction(async (tx) => {
    const reward = await tx.gameReward.create({ data: { userId: actor.id, ...fields, createdAt: now }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "GameReward", entityId: reward.id, changes: fields });
    return reward;
  });
}
