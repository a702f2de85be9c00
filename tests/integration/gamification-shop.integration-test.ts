import { describe, expect, it } from "vitest";
import { DEFAULT_SHOP_ITEMS } from "@/lib/gamification/shop-defaults";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { awardInTx, tokenBalance } from "@/server/services/gamification/ledger";
import { createRewardSetting } from "@/server/services/gamification/reward-settings/create-reward-setting";
import { deleteRewardSetting } from "@/server/services/gamification/reward-settings/delete-reward-setting";
import { listRewardSettings } from "@/server/services/gamification/reward-settings/list-reward-settings";
import { setRewardEnabled } from "@/server/services/gamification/reward-settings/set-reward-enabled";
import { changeShopItem } from "@/server/services/gamification/shop/change-shop-item";
import { deleteShopItem } from "@/server/services/gamification/shop/delete-shop-item";
import { listShopItems } from "@/server/services/gamification/shop/list-shop-items";
import { listTokenTransactions, TOKEN_TRANSACTIONS_PAGE_SIZE } from "@/server/services/gamification/shop/list-token-transactions";
import { purchaseShopItem } from "@/server/services/gamification/shop/purchase-shop-item";
import { saveShopItem } from "@/server/services/gamification/shop/save-shop-item";
import { createTestUser } from "../support/factories";

const now = new Date("2026-12-06T10:00:00Z");

/** Pays `tokens` to the user as one ledger entry (the engine's awardInTx), at `occurredAt`. */
async function pay(userId: string, tokens: number, sourceId = `test-${Math.random()}`, occurredAt = now) {
  await getDb().$transaction((tx) => awardInTx(tx, { userId, rule: "TEST_PAY", sourceType: "test", sourceId, xp: 0, tokens, occurredAt }));
}

describe("reward shop items", () => {
  it("starts with the six default items once, in order, and deleting them all does not bring them back", async () => {
    const me = await createTestUser("SALES");
    const items = await listShopItems(me.id, now);
    expect(items.map((i) => [i.name, i.price])).toEqual(DEFAULT_SHOP_ITEMS.map((d) => [d.name, d.price]));
    expect(items.map((i) => i.price)).toEqual([8, 10, 12, 20, 50, 75]);
    // Seeding twice at once (two first visits) still makes one set.
    const other = await createTestUser("SALES");
    await Promise.all([listShopItems(other.id, now), listShopItems(other.id, now)]);
    expect(await getDb().shopItem.count({ where: { userId: other.id } })).toBe(6);

    for (const item of items) await deleteShopItem(me, item.id);
    expect(await listShopItems(me.id, now)).toEqual([]);
    // The seeding marker is not a transaction of the history.
    expect((await listTokenTransactions(me.id, 1)).total).toBe(0);
  });

  it("adds at the end, edits, moves, toggles and deletes only the user's own items", async () => {
    const me = await createTestUser("SALES");
    const stranger = await createTestUser("ADMIN");
    await listShopItems(me.id, now);
    const { id } = await saveShopItem(me, null, { name: "  Cinema  ", price: 30 }, now);
    let items = await listShopItems(me.id, now);
    expect(items.at(-1)).toMatchObject({ id, name: "Cinema", price: 30, enabled: true, position: 6 });

    await saveShopItem(me, id, { name: "Cinema night", price: 35 }, now);
    await changeShopItem(me, id, "up", now);
    items = await listShopItems(me.id, now);
    expect(items.map((i) => i.name).slice(-2)).toEqual(["Cinema night", "T-shirt"]);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Moving the first item up changes nothing.
    await changeShopItem(me, items[0].id, "up", now);
    expect((await listShopItems(me.id, now))[0].id).toBe(items[0].id);

    await changeShopItem(me, id, "disable", now);
    expect((await listShopItems(me.id, now)).find((i) => i.id === id)!.enabled).toBe(false);
    await changeShopItem(me, id, "enable", now);
    expect((await listShopItems(me.id, now)).find((i) => i.id === id)!.enabled).toBe(true);

    // Someone else's item reads as not found, for every verb.
    await expect(saveShopItem(stranger, id, { name: "Mine now", price: 1 }, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeShopItem(stranger, id, "disable", now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteShopItem(stranger, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(purchaseShopItem(stranger, id, now)).rejects.toBeInstanceOf(NotFoundError);

    await deleteShopItem(me, id);
    expect((await listShopItems(me.id, now)).some((i) => i.id === id)).toBe(false);
  });

  it("refuses blank names and prices that are not whole numbers from 1 to 100,000 by field", async () => {
    const me = await createTestUser("SALES");
    for (const [input, field] of [
      [{ name: "", price: 5 }, "name"],
      [{ name: "Ok", price: 0 }, "price"],
      [{ name: "Ok", price: 2.5 }, "price"],
      [{ name: "Ok", price: 100_001 }, "price"],
      [{ name: "Ok", price: "5" }, "price"],
    ] as const) {
      const error = await saveShopItem(me, null, input as never, now).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual([field]);
    }
  });
});

describe("buying from the shop", () => {
  it("spends the price, lists the purchase newest first, and refuses clearly when short or switched off", async () => {
    const me = await createTestUser("SALES");
    const [lollies, coffee, , lunch] = await listShopItems(me.id, now);
    await pay(me.id, 25, "first", new Date("2026-12-05T09:00:00Z"));

    const bought = await purchaseShopItem(me, coffee.id, now);
    expect(bought).toEqual({ name: "Coffee", price: 10, balance: 15 });
    const short = await purchaseShopItem(me, lunch.id, now).catch((e: unknown) => e);
    expect(short).toBeInstanceOf(ValidationError);
    expect((short as Error).message).toBe("Not enough tokens: this costs 20 and you have 15.");

    await changeShopItem(me, lollies.id, "disable", now);
    await expect(purchaseShopItem(me, lollies.id, now)).rejects.toThrow("Lollies is switched off in your shop.");
    expect(await tokenBalance(getDb(), me.id)).toBe(15);

    const history = await listTokenTransactions(me.id, 1);
    expect(history.balance).toBe(15);
    expect(history.rows.map((r) => [r.rule, r.tokens, r.note])).toEqual([
      ["PURCHASE", -10, "Coffee"],
      ["TEST_PAY", 25, null],
    ]);
    // A deleted item's purchase stays in the history.
    await deleteShopItem(me, coffee.id);
    expect((await listTokenTransactions(me.id, 1)).rows[0].note).toBe("Coffee");
  });

  it("two purchases at once never overspend: one succeeds, the other is refused", async () => {
    const me = await createTestUser("SALES");
    const items = await listShopItems(me.id, now);
    const lunch = items.find((i) => i.name === "Lunch treat")!;
    // Each round tops the balance up, then buys the 20-token lunch twice at once: exactly as many
    // purchases as the balance covers go through, and the rest are refused.
    let balance = 0;
    for (const topUp of [30, 30, 39, 1]) {
      await pay(me.id, topUp);
      balance += topUp;
      const outcomes = await Promise.allSettled([purchaseShopItem(me, lunch.id, now), purchaseShopItem(me, lunch.id, now)]);
      const bought = outcomes.filter((o) => o.status === "fulfilled").length;
      expect(bought, `balance ${balance}`).toBe(Math.min(2, Math.floor(balance / 20)));
      for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(ValidationError);
      balance -= bought * 20;
      expect(await tokenBalance(getDb(), me.id)).toBe(balance);
    }
    expect(balance).toBe(0);
  });

  it("pages the history 25 at a time, newest first, leaving out entries without tokens", async () => {
    const me = await createTestUser("SALES");
    for (let i = 0; i < 30; i++) await pay(me.id, 1, `p${i}`, new Date(now.getTime() - (30 - i) * 60_000));
    await getDb().$transaction((tx) => awardInTx(tx, { userId: me.id, rule: "XP_ONLY", sourceType: "test", sourceId: "x", xp: 5, tokens: 0, occurredAt: now }));
    const first = await listTokenTransactions(me.id, 1);
    expect(first).toMatchObject({ balance: 30, total: 30, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(TOKEN_TRANSACTIONS_PAGE_SIZE);
    expect(first.rows[0].occurredAt.getTime()).toBeGreaterThan(first.rows[1].occurredAt.getTime());
    const second = await listTokenTransactions(me.id, 2);
    expect(second.rows).toHaveLength(5);
    expect(second.rows.at(-1)!.occurredAt).toEqual(new Date(now.getTime() - 30 * 60_000));
    expect((await listTokenTransactions(me.id, 9)).rows).toEqual([]);
  });
});

describe("level reward settings", () => {
  it("adds recurring and milestone rewards, lists what is upcoming from the level, toggles and deletes", async () => {
    const me = await createTestUser("SALES");
    const stranger = await createTestUser("ADMIN");
    const every3 = await createRewardSetting(me, { kind: "RECURRING", name: "Massage", everyLevels: 3 }, now);
    const at10 = await createRewardSetting(me, { kind: "MILESTONE", name: "Weekend away", atLevel: 10 }, now);
    await createRewardSetting(me, { kind: "MILESTONE", name: "Already passed", atLevel: 2 }, now);

    const atLevel4 = await listRewardSettings(me.id, 4);
    expect(atLevel4.settings.map((s) => s.name)).toEqual(["Massage", "Already passed", "Weekend away"]);
    expect(atLevel4.upcoming.map((u) => [u.name, u.level])).toEqual([
      ["Massage", 6],
      ["Massage", 9],
      ["Weekend away", 10],
      ["Massage", 12],
      ["Massage", 15],
    ]);

    await setRewardEnabled(me, every3.id, false);
    expect((await listRewardSettings(me.id, 4)).upcoming.map((u) => u.name)).toEqual(["Weekend away"]);
    await setRewardEnabled(me, every3.id, true);

    // The unlock history, newest first, with the reward's name.
    await getDb().gameRewardUnlock.createMany({
      data: [
        { rewardId: every3.id, level: 3, unlockedAt: new Date("2026-11-01T00:00:00Z") },
        { rewardId: every3.id, level: 6, unlockedAt: new Date("2026-12-01T00:00:00Z") },
      ],
    });
    expect((await listRewardSettings(me.id, 6)).history.map((h) => [h.name, h.level])).toEqual([
      ["Massage", 6],
      ["Massage", 3],
    ]);

    await expect(setRewardEnabled(stranger, at10.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteRewardSetting(stranger, at10.id)).rejects.toBeInstanceOf(NotFoundError);
    await deleteRewardSetting(me, every3.id);
    const after = await listRewardSettings(me.id, 6);
    expect(after.settings.map((s) => s.name)).toEqual(["Already passed", "Weekend away"]);
    expect(after.history).toEqual([]);
  });

  it("refuses a level out of range, a missing name and an unknown kind by field", async () => {
    const me = await createTestUser("SALES");
    for (const [input, field] of [
      [{ kind: "RECURRING", name: "x", everyLevels: 0 }, "everyLevels"],
      [{ kind: "RECURRING", name: "x", everyLevels: 15 }, "everyLevels"],
      [{ kind: "MILESTONE", name: "x", atLevel: 1 }, "atLevel"],
      [{ kind: "MILESTONE", name: "x", atLevel: 16 }, "atLevel"],
      [{ kind: "MILESTONE", name: " ", atLevel: 5 }, "name"],
      [{ kind: "WEEKLY", name: "x", atLevel: 5 }, "kind"],
    ] as const) {
      const error = await createRewardSetting(me, input as never, now).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual([field]);
    }
    expect(await getDb().gameReward.count({ where: { userId: me.id } })).toBe(0);
  });
});
