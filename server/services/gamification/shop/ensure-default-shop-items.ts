import { DEFAULT_SHOP_ITEMS, SHOP_DEFAULTS_RULE } from "@/lib/gamification/shop-defaults";
import type { Tx } from "@/server/db";
import { awardInTx } from "@/server/services/gamification/ledger";

/**
 * Gives a user the default reward shop (lib/gamification/shop-defaults.ts) the first time it is
 * asked for, inside `tx`. Once only: a zero-XP, zero-token ledger entry (rule SHOP_DEFAULTS,
 * unique per user like every award) marks it done, so a user who deleted every item does not get
 * the defaults back, and two first visits at once seed one set.
 * @param now - when the items were created.
 */
export async function ensureDefaultShopItemsInTx(tx: Tx, userId: string, now: Date): Promise<void> {
  const marker = await awardInTx(tx, { userId, rule: SHOP_DEFAULTS_RULE, sourceType: "shop", sourceId: "defaults", xp: 0, tokens: 0, occurredAt: now, note: null });
  if (!marker.created) return;
  await tx.shopItem.createMany({ data: DEFAULT_SHOP_ITEMS.map((item, position) => ({ userId, name: item.name, price: item.price, position, createdAt: now, updatedAt: now })) });
}
