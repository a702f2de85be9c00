import { getDb } from "@/server/db";
import { ensureMonthlyBoss } from "./bosses";
import { refreshRecommendedGoals, settleGoals } from "./goals";
import { ensureDailyMission } from "./missions";

/**
 * For every user who can sign in: this month's boss fight (their time zone), today's mission
 * (none while paused), recommended goal targets, and the monthly revenue goal's award when reached.
 * A user whose update fails is counted and the others go on.
 * @param now - the current instant.
 * @param checkpoint - called between users (a job's cancellation point).
 */
export async function rollOverGames(now: Date, checkpoint: () => Promise<void> = async () => {}): Promise<{ users: number; failed: number }> {
  const users = await getDb().user.findMany({ where: { passwordHash: { not: null } }, select: { id: true }, orderBy: { id: "asc" } });
  let failed = 0;
  for (const user of users) {
    await checkpoint();
    try {
      await ensureMonthlyBoss(user.id, now);
      await ensureDailyMission(user.id, now);
      await refreshRecommendedGoals(user.id, now);
      await settleGoals(user.id, now);
    } catch (error) {
      failed++;
      console.error(`Gamification rollover failed for user ${user.id}`, error);
    }
  }
  return { users: users.length, failed };
}
