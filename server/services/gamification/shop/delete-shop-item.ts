import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findOwnShopItem } from "./find-own-shop-item";

/**
 * Deletes an item of the actor's shop. Its past purchases stay in the ledger (they carry the
 * item's name as their note), so the balance does not change.
 * @throws NotFoundError for an item that is not the actor's.
 */
export async function deleteShopItem(actor: Actor, itemId: string): Promise<void> {
  assertRecordId(itemId, "Shop item");
  await getDb().$transaction(async (tx) => {
    const item = await findOwnShopItem(tx, actor.id, itemId);
    await tx.shopItem.delete({ where: { id: itemId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "ShopItem", entityId: itemId, changes: { name: item.name, price: item.price } });
  });
}
