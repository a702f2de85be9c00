import { describe, expect, it } from "vitest";
import { ACHIEVEMENTS } from "@/lib/gamification/achievements";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { logActivity } from "@/server/services/activities/log-activity";
import { loadDashboard } from "@/server/services/dashboard/load-dashboard";
import { saveDashboardLayout } from "@/server/services/dashboard/save-dashboard-layout";
import { loadWeeklyLeaderboard } from "@/server/services/gamification/leaderboard/load-weekly-leaderboard";
import { setLeaderboardOptIn } from "@/server/services/gamification/leaderboard/set-leaderboard-opt-in";
import { awardInTx } from "@/server/services/gamification/ledger";
import { loadBossPage } from "@/server/services/gamification/load-boss-page";
import { loadGamificationPage } from "@/server/services/gamification/load-gamification-page";
import { loadGoalsPage } from "@/server/services/gamification/load-goals-page";
import { loadMissionsPage } from "@/server/services/gamification/load-missions-page";
import { loadRewardsPage } from "@/server/services/gamification/load-rewards-page";
import { startPause } from "@/server/services/gamification/pause";
import { createRewardSetting } from "@/server/services/gamification/reward-settings/create-reward-setting";
import { createLead } from "@/server/services/leads/create-lead";
import { createTestUser, type TestActor } from "../support/factories";

// Wednesday 9 December 2026, 10:00 UTC (the week began on Monday 7 December).
const now = new Date("2026-12-09T10:00:00Z");

/** Pays `xp` to the user at `occurredAt` (one ledger entry through the engine's awardInTx). */
const award = (userId: string, xp: number, occurredAt: Date, sourceId = `s-${Math.random()}`) =>
  getDb().$transaction((tx) => awardInTx(tx, { userId, rule: "TEST_AWARD", sourceType: "test", sourceId, xp, tokens: 0, occurredAt }));

/** Logs one outbound call to a new lead of `actor` at `at` (the real outreach path, with its awards). */
async function outreach(actor: TestActor, at: Date) {
  const { id: leadId } = await createLead(actor, { name: `Lead ${Math.random().toString(36).slice(2, 8)}` });
  await logActivity(actor, { type: "CALL", direction: "OUTBOUND", outcome: "CONTACTED", leadId }, at);
}

describe("/gamification", () => {
  it("shows level, XP this week per day, streak, consistency, achievements and level rewards from the user's own outreach", async () => {
    const me = await createTestUser("SALES", "UTC");
    await outreach(me, new Date("2026-12-08T09:00:00Z"));
    await outreach(me, new Date("2026-12-09T09:00:00Z"));
    await createRewardSetting(me, { kind: "RECURRING", name: "Cinema", everyLevels: 2 }, now);

    const page = await loadGamificationPage(me, now);
    // Each outreach to a new lead pays 5 (outreach) + 4 (lead contacted) XP.
    expect(page.summary.xp).toBe(18);
    expect(page.summary.level).toBe(1);
    expect(page.summary.progress).toMatchObject({ level: 1, from: 0, to: 150 });
    expect(page.summary.currentStreak).toBe(2);
    expect(page.xpByDay).toHaveLength(7);
    expect(page.xpByDay.slice(-2)).toEqual([
      { day: "2026-12-08", label: "Tue 8", xp: 9 },
      { day: "2026-12-09", label: "Wed 9", xp: 9 },
    ]);
    expect(page.consistency.components.map((c) => c.key)).toEqual(["active", "goals", "spread"]);
    expect(page.achievements).toHaveLength(ACHIEVEMENTS.length);
    expect(page.achievements.find((a) => a.key === "first-outreach")!.unlockedAt).not.toBeNull();
    expect(page.achievements.find((a) => a.key === "level-5")!.unlockedAt).toBeNull();
    // The default level rewards (ensureGameDefaults) and the user's own, nearest level first.
    expect(page.rewards.upcoming.slice(0, 2).map((u) => [u.name, u.level])).toEqual([
      ["A treat of your choice", 2],
      ["Cinema", 2],
    ]);
    expect(page.rewards.settings).toHaveLength(5);
    expect(page.leaderboard).toMatchObject({ optedIn: false, weekLabel: "7 Dec 2026", rows: [] });
  });

  it("lists only users who opted in on the weekly leaderboard, by XP this week", async () => {
    const [ann, bob, cat, shy] = await Promise.all([createTestUser("SALES", "UTC"), createTestUser("SALES", "UTC"), createTestUser("MANAGER", "UTC"), createTestUser("SALES", "UTC")]);
    await award(ann.id, 30, new Date("2026-12-08T10:00:00Z"));
    await award(ann.id, 500, new Date("2026-12-06T10:00:00Z")); // last week: not counted
    await award(bob.id, 45, new Date("2026-12-07T00:00:00Z"));
    await award(shy.id, 999, new Date("2026-12-08T10:00:00Z"));
    for (const user of [ann, bob, cat]) await setLeaderboardOptIn(user, true, now);

    const board = await loadWeeklyLeaderboard(ann.id, "UTC", now);
    const mine = board.rows.filter((r) => [ann.id, bob.id, cat.id, shy.id].includes(r.userId));
    expect(mine.map((r) => [r.name, r.xp, r.isViewer])).toEqual([
      [bob.name, 45, false],
      [ann.name, 30, true],
      [cat.name, 0, false],
    ]);
    expect(board.optedIn).toBe(true);
    expect(board.rows.some((r) => r.userId === shy.id)).toBe(false);

    await setLeaderboardOptIn(bob, false, now);
    expect((await loadWeeklyLeaderboard(ann.id, "UTC", now)).rows.some((r) => r.userId === bob.id)).toBe(false);
    await expect(setLeaderboardOptIn(ann, "yes" as never, now)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("/missions, /boss, /goals and /rewards", () => {
  it("loads today's mission with the last 7 days, this month's boss, the four goals and the shop", async () => {
    const me = await createTestUser("SALES", "Europe/Nicosia");
    await outreach(me, new Date("2026-12-09T08:00:00Z"));

    const missions = await loadMissionsPage(me.id, now);
    expect(missions.today).toMatchObject({ localDate: "2026-12-09" });
    expect(missions.today!.reward).toBeGreaterThanOrEqual(4);
    expect(missions.today!.reward).toBeLessThanOrEqual(8);
    expect(missions.history[0].localDate).toBe("2026-12-09");
    expect(missions.pause).toBeNull();

    const boss = await loadBossPage(me.id, now);
    expect(boss.current).toMatchObject({ month: "2026-12", outcome: "ACTIVE" });
    expect(boss.current.reward).toBeGreaterThanOrEqual(50);
    expect(boss.past).toEqual([]);
    // A boss of an earlier month shows as past; the same month's boss is not drawn twice.
    const again = await loadBossPage(me.id, new Date("2027-01-02T10:00:00Z"));
    expect(again.current.month).toBe("2027-01");
    expect(again.past.map((b) => b.month)).toEqual(["2026-12"]);

    const { goals } = await loadGoalsPage(me.id, now);
    expect(goals.map((g) => g.kind)).toEqual(["DAILY_OUTREACH", "WEEKLY_OUTREACH", "MONTHLY_REVENUE", "MONTHLY_DEALS"]);
    expect(goals[0].progress).toBe(1);

    const rewards = await loadRewardsPage(me.id, 1, now);
    expect(rewards.items).toHaveLength(6);
    expect(rewards.balance).toBe(2); // outreach +1, lead contacted +1
    expect(rewards.transactions.map((t) => t.tokens)).toEqual([1, 1]);
  });

  it("during a pause: no mission today, the pause on the missions page, and the streak kept", async () => {
    const me = await createTestUser("SALES", "UTC");
    await outreach(me, new Date("2026-12-08T09:00:00Z"));
    await startPause(me, { days: 3, reason: "Holiday" }, new Date("2026-12-09T00:30:00Z"));
    const later = new Date("2026-12-10T12:00:00Z");
    const missions = await loadMissionsPage(me.id, later);
    expect(missions.today).toBeNull();
    expect(missions.pause).toMatchObject({ fromDay: "2026-12-09", toDay: "2026-12-11", reason: "Holiday" });
    const page = await loadGamificationPage(me, later);
    expect(page.summary.currentStreak).toBe(1);
    expect(page.summary.paused).not.toBeNull();
  });
});

describe("home dashboard game cards", () => {
  it("shows the viewer's level, streak, mission and boss in either view, and costs nothing when hidden", async () => {
    const me = await createTestUser("MANAGER", "UTC");
    await outreach(me, new Date("2026-12-09T09:00:00Z"));
    const team = await loadDashboard(me, "team", now);
    expect(team.data["game-level"]).toMatchObject({ xp: 9, xpThisWeek: 9, progress: { level: 1 } });
    expect(team.data["game-streak"]).toEqual({ currentStreak: 1, longestStreak: 1, pausedUntil: null });
    expect(team.data["game-mission"]).toMatchObject({ localDate: "2026-12-09" });
    expect(team.data["game-boss"]).toMatchObject({ month: "2026-12" });

    const other = await createTestUser("SALES", "UTC");
    await saveDashboardLayout(other, ["game-level", "game-streak", "game-mission", "game-boss"].map((id) => ({ id, hidden: true })));
    const hidden = await loadDashboard(other, "my", now);
    expect(hidden.data["game-level"]).toBeUndefined();
    // Hidden game cards draw no mission or boss.
    expect(await getDb().dailyMission.count({ where: { userId: other.id } })).toBe(0);
    expect(await getDb().bossFight.count({ where: { userId: other.id } })).toBe(0);
  });
});
