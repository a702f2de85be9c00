import { SHOP_DEFAULTS_RULE } from "@/lib/gamification/shop-defaults";
import { getDb } from "@/server/db";
import { ensureDefaultShopItemsInTx } from "./ensure-default-shop-items";

/** A reward shop item as the shop shows it; `price` in tokens. */
export type ShopItemRow = { id: string; name: string; price: number; enabled: boolean; position: number };

/**
 * The user's reward shop in shop order (position, then name), switched-off items included;
 * seeds the default items the first time (ensureDefaultShopItemsInTx).
 * @param now - when defaults would be created.
 */
export async function listShopItems(userId: string, now: Date): Promise<ShopItemRow[]> {
  const db = getDb();
  const seeded = await db.gameLedgerEntry.findFirst({ where: { userId, rule: SHOP_DEFAULTS_RULE }, select: { id: true } });
  if (!seeded) await db.$transaction((tx) => ensureDefaultShopItemsInTx(tx, userId, now));
  return db.shopItem.findMany({
    where: { userId },
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, price: true, enabled: true, position: true },
  });
}
