import { DEFAULT_LEVEL_REWARDS } from "@/lib/gamification/reward-defaults";
import { getDb } from "@/server/db";
import { closeGameSession, openGameSession, payInSession } from "./game-session";
import { refreshRecommendedGoals } from "./goals";
import { ensureDefaultShopItemsInTx } from "./shop/ensure-default-shop-items";

/**
 * Gives a user what the game starts with, once (idempotent; safe when called on every visit): a
 * GameProfile, the default reward shop (lollies 8, coffee 10, gaming time 12, lunch treat 20, car
 * care 50, t-shirt 75 — ensureDefaultShopItemsInTx), the default level rewards
 * (lib/gamification/reward-defaults.ts; once, marked by a zero-value REWARD_DEFAULTS ledger entry,
 * so deleting them does not bring them back) and goal rows at their recommended targets.
 * @param now - the current instant.
 */
export async function ensureGameDefaults(userId: string, now: Date): Promise<void> {
  const db = getDb();
  const marked = await db.gameLedgerEntry.count({ where: { userId, rule: { in: ["SHOP_DEFAULTS", "REWARD_DEFAULTS"] } } });
  if (marked < 2) {
    await db.$transaction(async (tx) => {
      const session = await openGameSession(tx, userId, now);
      await ensureDefaultShopItemsInTx(tx, userId, now);
      if (await payInSession(session, { rule: "REWARD_DEFAULTS", sourceType: "rewards", sourceId: "defaults", xp: 0, tokens: 0, occurredAt: now })) {
        await tx.gameReward.createMany({ data: DEFAULT_LEVEL_REWARDS.map((r) => ({ userId, name: r.name, kind: r.kind, everyLevels: r.everyLevels, atLevel: r.atLevel, createdAt: now })) });
      }
      await closeGameSession(session);
    });
  }
  if ((await db.goal.count({ where: { userId } })) < 4) await refreshRecommendedGoals(userId, now, db);
}
