import { formatInZone, zonedDayStart } from "@/lib/dates";
import { listAchievements } from "./achievements";
import { getConsistency } from "./consistency";
import { ensureGameDefaults } from "./ensure-game-defaults";
import { getGameSummary, type GameSummary } from "./get-game-summary";
import { loadWeeklyLeaderboard, type LeaderboardRow } from "./leaderboard/load-weekly-leaderboard";
import { listRewardSettings } from "./reward-settings/list-reward-settings";
import { getXpByDay } from "./xp-by-day";

/** Everything /gamification shows, loaded in parallel. */
export type GamificationPage = {
  summary: GameSummary;
  xpByDay: Array<{ day: string; label: string; xp: number }>;
  consistency: Awaited<ReturnType<typeof getConsistency>>;
  achievements: Awaited<ReturnType<typeof listAchievements>>;
  rewards: Awaited<ReturnType<typeof listRewardSettings>>;
  leaderboard: { optedIn: boolean; weekLabel: string; rows: LeaderboardRow[] };
};

/**
 * Loads /gamification for `user` (giving them the game's defaults first, ensureGameDefaults): the game summary (level, XP, streaks, tokens, pause), XP per
 * day over the last 7 local days, the consistency breakdown, every achievement, the level rewards
 * (settings, upcoming, unlocked) and the weekly leaderboard. Days and the week are the user's time zone.
 * @param now - the current instant.
 */
export async function loadGamificationPage(user: { id: string; timeZone: string }, now: Date): Promise<GamificationPage> {
  await ensureGameDefaults(user.id, now);
  const summary = await getGameSummary(user.id, now);
  const [xpByDay, consistency, achievements, rewards, leaderboard] = await Promise.all([
    getXpByDay(user.id, now, 7),
    getConsistency(user.id, now),
    listAchievements(user.id),
    listRewardSettings(user.id, summary.level),
    loadWeeklyLeaderboard(user.id, user.timeZone, now),
  ]);
  return {
    summary,
    // "Mon 30" under each bar; the table and CSV keep the yyyy-MM-dd day.
    xpByDay: xpByDay.map((d) => ({ ...d, label: formatInZone(zonedDayStart(d.day, user.timeZone), user.timeZone, "EEE d") })),
    consistency,
    achievements,
    rewards,
    leaderboard: { optedIn: leaderboard.optedIn, weekLabel: formatInZone(leaderboard.weekStart, user.timeZone, "d MMM yyyy"), rows: leaderboard.rows },
  };
}
