import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findOwnReward } from "./find-own-reward";

/**
 * Turns one of the actor's level rewards on or off; a switched-off reward does not unlock and is
 * not listed as upcoming. Its unlock history stays.
 * @throws NotFoundError for a reward that is not the actor's.
 */
export async function setRewardEnabled(actor: Actor, rewardId: string, enabled: boolean): Promise<void> {
  assertRecordId(rewardId, "Reward");
  await getDb().$transaction(async (tx) => {
    const before = await findOwnReward(tx, actor.id, rewardId);
    await tx.gameReward.update({ where: { id: rewardId }, data: { enabled: enabled === true } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "GameReward", entityId: rewardId, changes: { enabled: [before.enabled, enabled === true] } });
  });
}
