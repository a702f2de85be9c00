import { shopItemChangeSchema, type ShopItemChange } from "@/lib/validation/gamification";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Moves an item of the actor's shop one place up or down (renumbering the shop 0…n−1), or turns it
 * on or off (a switched-off item stays in the settings but cannot be bought).
 * @throws NotFoundError for an item that is not the actor's; ValidationError for an unknown change.
 */
export async function changeShopItem(actor: Actor, itemId: string, change: ShopItemChange, now: Date): Promise<void> {
  assertRecordId(itemId, "Shop item");
  const parsed = parseOrThrow(shopItemChangeSchema, change);
  await getDb().$transaction(async (tx) => {
    const items = await tx.shopItem.findMany({ where: { userId: actor.id }, orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }], select: { id: true, position: true, enabled: true } });
    const index = items.findIndex((item) => item.id === itemId);
    if (index < 0) throw new NotFoundError("Shop item");
    if (parsed === "enable" || parsed === "disable") {
      const enabled = parsed === "enable";
      await tx.shopItem.update({ where: { id: itemId }, data: { enabled, updatedAt: now } });
      await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "ShopItem", entityId: itemId, changes: { enabled: [items[index].enabled, enabled] } });
      return;
    }
    const other = parsed === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= items.length) return;
    [items[index], items[other]] = [items[other], items[index]];
    for (const [position, item] of items.entries()) if (item.position !== position) await tx.shopItem.update({ where: { id: item.id }, data: { position, updatedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "reorder", entityType: "ShopItem", entityId: itemId, changes: { position: [index, other] } });
  });
}
