import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";

/**
 * A shop item of `userId` (each user has their own shop; someone else's item reads as not found).
 * @throws NotFoundError("Shop item") when there is none.
 */
export async function findOwnShopItem(tx: Tx, userId: string, itemId: string): Promise<{ id: string; name: string; price: number; enabled: boolean }> {
  const item = await tx.shopItem.findFirst({ where: { id: itemId, userId }, select: { id: true, name: true, price: true, enabled: true } });
  if (!item) throw new NotFoundError("Shop item");
  return item;
}
