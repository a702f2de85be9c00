import { ensureGameDefaults } from "./ensure-game-defaults";
import { listShopItems, type ShopItemRow } from "./shop/list-shop-items";
import { listTokenTransactions, type TokenTransaction } from "./shop/list-token-transactions";

/** What /rewards shows: the token balance, the shop (every item, for the manager too) and a page of the token history. */
export type RewardsPage = { balance: number; items: ShopItemRow[]; transactions: TokenTransaction[]; page: number; pages: number; total: number };

/**
 * Loads /rewards for `userId`: the shop (seeded with the defaults the first time) and page `page`
 * (1-based) of the token history, newest first.
 * @param now - when default items would be created.
 */
export async function loadRewardsPage(userId: string, page: number, now: Date): Promise<RewardsPage> {
  await ensureGameDefaults(userId, now);
  const [items, history] = await Promise.all([listShopItems(userId, now), listTokenTransactions(userId, page)]);
  return { balance: history.balance, items, transactions: history.rows, page: history.page, pages: history.pages, total: history.total };
}
