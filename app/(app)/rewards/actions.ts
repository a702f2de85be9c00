"use server";

import { revalidatePath } from "next/cache";
import type { ShopItemChange, ShopItemInput } from "@/lib/validation/gamification";
import { runAction } from "@/server/action";
import { changeShopItem } from "@/server/services/gamification/shop/change-shop-item";
import { deleteShopItem } from "@/server/services/gamification/shop/delete-shop-item";
import { purchaseShopItem } from "@/server/services/gamification/shop/purchase-shop-item";
import { saveShopItem } from "@/server/services/gamification/shop/save-shop-item";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** /rewards: buys an item with tokens (refused with a clear message when the balance is short). */
export async function purchaseShopItemAction(itemId: string) {
  return runAction(async (user) => {
    const result = await purchaseShopItem(user, idOf(itemId), new Date());
    revalidatePath("/rewards");
    return result;
  });
}

/** /rewards → Manage shop: adds an item (`itemId` null) or edits one's name and price. */
export async function saveShopItemAction(itemId: string | null, input: ShopItemInput) {
  return runAction(async (user) => {
    const item = await saveShopItem(user, itemId === null ? null : idOf(itemId), input, new Date());
    revalidatePath("/rewards");
    return item;
  });
}

/** /rewards → Manage shop: moves an item up or down, or switches it on or off. */
export async function changeShopItemAction(itemId: string, change: ShopItemChange) {
  return runAction(async (user) => {
    await changeShopItem(user, idOf(itemId), change, new Date());
    revalidatePath("/rewards");
    return null;
  });
}

/** /rewards → Manage shop: deletes an item (its past purchases stay in the history). */
export async function deleteShopItemAction(itemId: string) {
  return runAction(async (user) => {
    await deleteShopItem(user, idOf(itemId));
    revalidatePath("/rewards");
    return null;
  });
}
