import { upcomingRewards, type UpcomingReward } from "@/lib/gamification/upcoming-rewards";
import { getDb } from "@/server/db";

/**
 * The level rewards the user still has to come, nearest level first (upcomingRewards over their
 * enabled reward settings and current level), up to `limit`.
 */
export async function listUpcomingRewards(userId: string, limit = 10): Promise<UpcomingReward[]> {
  const db = getDb();
  const [profile, settings] = await Promise.all([
    db.gameProfile.findUnique({ where: { userId }, select: { level: true } }),
    db.gameReward.findMany({ where: { userId }, select: { id: true, name: true, kind: true, everyLevels: true, atLevel: true, enabled: true } }),
  ]);
  return upcomingRewards(settings, profile?.level ?? 1, limit);
}

/** A level reward the user unlocked: which setting, at which level, when. */
export type UnlockedReward = { id: string; rewardId: string; name: string; kind: "RECURRING" | "MILESTONE"; level: number; unlockedAt: Date };

/** The level rewards the user unlocked, newest first (up to `limit`). */
export async function listUnlockedRewards(userId: string, limit = 50): Promise<UnlockedReward[]> {
  const rows = await getDb().gameRewardUnlock.findMany({
    where: { reward: { userId } },
    orderBy: [{ unlockedAt: "desc" }, { level: "desc" }],
    take: limit,
    select: { id: true, rewardId: true, level: true, unlockedAt: true, reward: { select: { name: true, kind: true } } },
  });
  return rows.map((r) => ({ id: r.id, rewardId: r.rewardId, name: r.reward.name, kind: r.reward.kind, level: r.level, unlockedAt: r.unlockedAt }));
}
