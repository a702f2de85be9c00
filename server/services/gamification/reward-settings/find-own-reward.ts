import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";

/**
 * A level reward setting of `userId` (someone else's reads as not found).
 * @throws NotFoundError("Reward") when there is none.
 */
export async function findOwnReward(tx: Tx, userId: string, rewardId: string): Promise<{ id: string; name: string; enabled: boolean }> {
  const reward = await tx.gameReward.findFirst({ where: { id: rewardId, userId }, select: { id: true, name: true, enabled: true } });
  if (!reward) throw new NotFoundError("Reward");
  return reward;
}
