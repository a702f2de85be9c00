import { randomUUID } from "node:crypto";
import { PURCHASE_RULE } from "@/lib/gamification/shop-defaults";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { spendTokensInTx } from "@/server/services/gamification/ledger";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findOwnShopItem } from "./find-own-shop-item";

/**
 * Buys an item of the actor's reward shop: one PURCHASE ledger entry of −price tokens (note: the
 * item's name). spendTokensInTx locks the user's profile first, so two purchases at once are
 * checked one after the other and the balance never goes below zero.
 * @param now - when it was bought.
 * @returns the item's name, its price and the balance after (tokens).
 * @throws NotFoundError for an item that is not the actor's; ValidationError when the item is
 *   switched off or the balance is short ("Not enough tokens: this costs 20 and you have 12.").
 */
export async function purchaseShopItem(actor: Actor, itemId: string, now: Date): Promise<{ name: string; price: number; balance: number }> {
  assertRecordId(itemId, "Shop item");
  return getDb().$transaction(async (tx) => {
    const item = await findOwnShopItem(tx, actor.id, itemId);
    if (!item.enabled) throw new ValidationError(`${item.name} is switched off in your shop.`);
    const balance = await spendTokensInTx(tx, { userId: actor.id, rule: PURCHASE_RULE, sourceType: "purchase", sourceId: randomUUID(), amount: item.price, note: item.name, now });
    return { name: item.name, price: item.price, balance };
  });
}
