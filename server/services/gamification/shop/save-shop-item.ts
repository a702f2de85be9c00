import { shopItemInputSchema, type ShopItemInput } from "@/lib/validation/gamification";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findOwnShopItem } from "./find-own-shop-item";

/**
 * Adds an item at the end of the actor's reward shop (`itemId` null) or edits one's name and price
 * (tokens, a whole number 1–100,000). Past purchases keep the price they were paid.
 * @throws ValidationError (blank name, a bad price); NotFoundError for an item that is not the actor's.
 */
export async function saveShopItem(actor: Actor, itemId: string | null, input: ShopItemInput, now: Date): Promise<{ id: string }> {
  if (itemId !== null) assertRecordId(itemId, "Shop item");
  const data = parseOrThrow(shopItemInputSchema, input);
  return getDb().$transaction(async (tx) => {
    if (itemId === null) {
      const last = await tx.shopItem.aggregate({ where: { userId: actor.id }, _max: { position: true } });
      const item = await tx.shopItem.create({ data: { userId: actor.id, ...data, position: (last._max.position ?? -1) + 1, createdAt: now, updatedAt: now }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "ShopItem", entityId: item.id, changes: data });
      return item;
    }
    const before = await findOwnShopItem(tx, actor.id, itemId);
    await tx.shopItem.update({ where: { id: itemId }, data: { ...data, updatedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "ShopItem", entityId: itemId, changes: { name: [before.name, data.name], price: [before.price, data.price] } });
    return { id: itemId };
  });
}
