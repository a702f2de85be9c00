import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findOwnReward } from "./find-own-reward";

/**
 * Deletes one of the actor's level rewards with its unlock history (GameRewardUnlock cascades).
 * @throws NotFoundError for a reward that is not the actor's.
 */
export async function deleteRewardSetting(actor: Actor, rewardId: string): Promise<void> {
  assertRecordId(rewardId, "Reward");
  await getDb().$transaction(async (tx) => {
    const reward = await findOwnReward(tx, actor.id, rewardId);
    await tx.gameReward.delete({ where: { id: rewardId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "GameReward", entityId: rewardId, changes: { name: reward.name } });
  });
}
