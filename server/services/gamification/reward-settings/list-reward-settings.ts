import { upcomingRewards, type RewardSetting, type UpcomingReward } from "@/lib/gamification/upcoming-rewards";
import { getDb } from "@/server/db";

/** An unlocked reward: which, at what level and when. */
export type RewardUnlockRow = { id: string; name: string; level: number; unlockedAt: Date };

/** How many unlocks the history shows. */
export const REWARD_HISTORY_LIMIT = 50;

/**
 * The user's level rewards: every setting (recurring first, then milestones, each by level),
 * the upcoming unlocks from `level` (upcomingRewards) and the latest unlocks, newest first.
 * @param level - the user's current level (1–15).
 */
export async function listRewardSettings(userId: string, level: number): Promise<{ settings: RewardSetting[]; upcoming: UpcomingReward[]; history: RewardUnlockRow[] }> {
  const db = getDb();
  const [rows, unlocks] = await Promise.all([
    db.gameReward.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, kind: true, everyLevels: true, atLevel: true, enabled: true },
    }),
    db.gameRewardUnlock.findMany({
      where: { reward: { userId } },
      orderBy: [{ unlockedAt: "desc" }, { level: "desc" }, { id: "desc" }],
      take: REWARD_HISTORY_LIMIT,
      select: { id: true, level: true, unlockedAt: true, reward: { select: { name: true } } },
    }),
  ]);
  // Sorted here: enums sort by declaration on PostgreSQL but as text on SQLite.
  const settings: RewardSetting[] = rows
    .map((r) => ({ ...r, kind: r.kind as RewardSetting["kind"] }))
    .sort((a, b) => (a.kind === b.kind ? (a.everyLevels ?? a.atLevel ?? 0) - (b.everyLevels ?? b.atLevel ?? 0) : a.kind === "RECURRING" ? -1 : 1));
  return { settings, upcoming: upcomingRewards(settings, level), history: unlocks.map((u) => ({ id: u.id, name: u.reward.name, level: u.level, unlockedAt: u.unlockedAt })) };
}
