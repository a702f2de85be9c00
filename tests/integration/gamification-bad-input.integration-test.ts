import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { setGoalTarget } from "@/server/services/gamification/goals";
import { setLeaderboardOptIn } from "@/server/services/gamification/leaderboard/set-leaderboard-opt-in";
import { startPause } from "@/server/services/gamification/pause";
import { createRewardSetting } from "@/server/services/gamification/reward-settings/create-reward-setting";
import { deleteRewardSetting } from "@/server/services/gamification/reward-settings/delete-reward-setting";
import { setRewardEnabled } from "@/server/services/gamification/reward-settings/set-reward-enabled";
import { changeShopItem } from "@/server/services/gamification/shop/change-shop-item";
import { deleteShopItem } from "@/server/services/gamification/shop/delete-shop-item";
import { listShopItems } from "@/server/services/gamification/shop/list-shop-items";
import { purchaseShopItem } from "@/server/services/gamification/shop/purchase-shop-item";
import { saveShopItem } from "@/server/services/gamification/shop/save-shop-item";
import { createTestUser } from "../support/factories";
import { HOSTILE_VALUES, corruptEachField, idOf, readColumn } from "../support/hostile-values";

const now = new Date("2026-12-06T10:00:00Z");

/** Every game table and the audit log: a refused call must change none of them. */
async function snapshot(itemId: string) {
  const db = getDb();
  return Promise.all([
    db.shopItem.count(),
    db.gameReward.count(),
    db.gamePause.count(),
    db.goal.findMany({ orderBy: [{ userId: "asc" }, { kind: "asc" }], select: { userId: true, kind: true, target: true, manual: true } }),
    db.gameLedgerEntry.count(),
    db.auditLog.count(),
    db.shopItem.findUnique({ where: { id: itemId } }),
    db.gameProfile.findMany({ orderBy: { userId: "asc" }, select: { userId: true, leaderboardOptIn: true } }),
  ]);
}

describe("hostile input to the gamification forms", () => {
  it("is refused with field errors (never a crash) and a refused call stores nothing", async () => {
    const me = await createTestUser("SALES");
    const [target] = await listShopItems(me.id, now);
    const db = getDb();
    const readItem = readColumn((r) => db.shopItem.findUnique({ where: { id: idOf(r) } }));
    const readReward = readColumn((r) => db.gameReward.findUnique({ where: { id: idOf(r) } }));
    const { refused, fieldErrors } = await corruptEachField(
      [
        { name: "saveShopItem (add)", valid: { name: "Cinema", price: 30 }, call: (i: never) => saveShopItem(me, null, i, now), readBack: readItem },
        { name: "saveShopItem (edit)", valid: { name: "Cinema", price: 30 }, call: (i: never) => saveShopItem(me, target.id, i, now), readBack: readColumn(() => db.shopItem.findUnique({ where: { id: target.id } })) },
        { name: "createRewardSetting (recurring)", valid: { kind: "RECURRING", name: "Massage", everyLevels: 3 }, call: (i: never) => createRewardSetting(me, i, now), readBack: readReward },
        { name: "createRewardSetting (milestone)", valid: { kind: "MILESTONE", name: "Weekend", atLevel: 10 }, call: (i: never) => createRewardSetting(me, i, now), readBack: readReward },
        // A new user each time, so an accepted pause does not refuse the next call.
        {
          name: "startPause",
          valid: { days: 3, reason: "Holiday" },
          call: async (i: never) => startPause(await createTestUser("SALES"), i, now),
          readBack: readColumn((r) => db.gamePause.findUnique({ where: { id: idOf(r) } })),
          notStored: ["days"],
        },
        {
          name: "setGoalTarget",
          valid: { kind: "DAILY_OUTREACH", target: 12 },
          call: (i: never) => setGoalTarget(me, i, now),
          readBack: async (_r, field, value) => {
            const goal = await db.goal.findFirst({ where: { userId: me.id, ...(field === "kind" ? { kind: value as never } : { kind: "DAILY_OUTREACH" }) } });
            return field === "kind" ? goal?.kind : goal?.target;
          },
        },
      ],
      () => snapshot(target.id),
    );
    expect(fieldErrors).toBeGreaterThan(80);
    expect(refused).toBe(fieldErrors);
  }, 120_000);

  it("answers hostile ids with NotFoundError, and hostile changes and switches with ValidationError, changing nothing", async () => {
    const me = await createTestUser("SALES");
    const [item] = await listShopItems(me.id, now);
    const before = await snapshot(item.id);
    for (const id of HOSTILE_VALUES) {
      await expect(changeShopItem(me, id as string, "up", now)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteShopItem(me, id as string)).rejects.toBeInstanceOf(NotFoundError);
      await expect(purchaseShopItem(me, id as string, now)).rejects.toBeInstanceOf(NotFoundError);
      // null is "add an item", not an id.
      if (id !== null) await expect(saveShopItem(me, id as string, { name: "x", price: 1 }, now)).rejects.toBeInstanceOf(NotFoundError);
      await expect(setRewardEnabled(me, id as string, true)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteRewardSetting(me, id as string)).rejects.toBeInstanceOf(NotFoundError);
      await expect(changeShopItem(me, item.id, id as never, now)).rejects.toBeInstanceOf(ValidationError);
      if (typeof id !== "boolean") await expect(setLeaderboardOptIn(me, id as never, now)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await snapshot(item.id)).toEqual(before);
  }, 60_000);
});
