import { ACHIEVEMENTS } from "@/lib/gamification/achievements";
import { getDb } from "@/server/db";

/** An achievement of the default set and when the user unlocked it (null: not yet). */
export type AchievementView = { key: string; title: string; description: string; unlockedAt: Date | null };

/**
 * Every achievement of the default set (lib/gamification/achievements.ts) for the user: unlocked
 * ones first, newest first, then the locked ones in the set's order.
 */
export async function listAchievements(userId: string): Promise<AchievementView[]> {
  const rows = await getDb().gameAchievement.findMany({ where: { userId }, select: { key: true, unlockedAt: true } });
  const unlocked = new Map(rows.map((r) => [r.key, r.unlockedAt]));
  const all = ACHIEVEMENTS.map((a) => ({ key: a.key, title: a.title, description: a.description, unlockedAt: unlocked.get(a.key) ?? null }));
  const done = all.filter((a) => a.unlockedAt).sort((a, b) => (b.unlockedAt as Date).getTime() - (a.unlockedAt as Date).getTime());
  return [...done, ...all.filter((a) => !a.unlockedAt)];
}
