import { zonedDay } from "@/lib/dates";
import { bossLabel } from "@/lib/gamification/bosses";
import { levelProgress } from "@/lib/gamification/levels";
import { addDaysToDay, daysBetween, monthOfDay } from "@/lib/gamification/local-days";
import { missionLabel } from "@/lib/gamification/missions";
import { activePauseOn, isPausedDay, lastPausedDay } from "@/lib/gamification/pause";
import { currentStreakOn } from "@/lib/gamification/streaks";
import { weekPeriod } from "@/lib/periods";
import { getDb } from "@/server/db";
import { ensureMonthlyBoss, type BossView } from "./bosses";
import { ensureDailyMission, type MissionView } from "./missions";
import type { ActivePause } from "./pause";

/** The compact game state other parts show (dashboard cards, the daily summary email, the game pages). */
export type GameSummary = {
  xp: number;
  level: number;
  /** Where the XP stands within the level (lib/gamification/levels.ts levelProgress). */
  progress: { level: number; from: number; to: number | null; fraction: number };
  /** The token balance (the ledger's sum). */
  tokens: number;
  /** The streak alive today (0 once a day without outreach, not paused, has passed). */
  currentStreak: number;
  longestStreak: number;
  paused: ActivePause | null;
  /** Today's mission (null while paused). */
  mission: MissionView | null;
  boss: BossView | null;
  /** XP earned this week (Monday to now, the user's time zone). */
  xpThisWeek: number;
  timeZone: string;
  /** The user's local day (yyyy-MM-dd). */
  today: string;
};

/**
 * The user's game summary, from their GameProfile and the ledger (no scan of activities): XP,
 * level and progress, token balance, streaks, active pause, today's mission and this month's boss
 * (drawn and stored on first sight), and XP this week.
 * @param now - the current instant; days, weeks and months are the user's time zone.
 */
export async function getGameSummary(userId: string, now: Date): Promise<GameSummary> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, gameProfile: { select: { xp: true, currentStreak: true, longestStreak: true, streakLastDay: true } } } });
  const tz = user.timeZone;
  const today = zonedDay(now, tz);
  const week = weekPeriod(now, tz);
  const [tokens, xpWeek, pauseRows, missionRow, bossRow] = await Promise.all([
    db.gameLedgerEntry.aggregate({ where: { userId }, _sum: { tokens: true } }),
    db.gameLedgerEntry.aggregate({ where: { userId, occurredAt: { gte: week.start, lt: week.end } }, _sum: { xp: true } }),
    db.gamePause.findMany({ where: { userId, toDay: { gte: addDaysToDay(today, -400) } }, select: { id: true, fromDay: true, toDay: true, reason: true, endedAt: true } }),
    db.dailyMission.findUnique({ where: { userId_localDate: { userId, localDate: today } }, select: { id: true, localDate: true, type: true, target: true, progress: true, reward: true, completedAt: true } }),
    db.bossFight.findUnique({ where: { userId_month: { userId, month: monthOfDay(today) } }, select: { id: true, month: true, type: true, name: true, target: true, progress: true, reward: true, defeatedAt: true } }),
  ]);
  const pauses = pauseRows.map((p) => ({ ...p, endedDay: p.endedAt ? zonedDay(p.endedAt, tz) : null }));
  const active = activePauseOn(pauses, today);
  const paused: ActivePause | null = active ? { id: active.id, fromDay: active.fromDay, toDay: lastPausedDay(active), reason: active.reason, daysLeft: daysBetween(today, lastPausedDay(active)) + 1 } : null;
  const mission: MissionView | null = missionRow
    ? { ...missionRow, label: missionLabel(missionRow.type, missionRow.target), progress: Math.min(missionRow.progress, missionRow.target) }
    : paused
      ? null
      : await ensureDailyMission(userId, now);
  const boss: BossView = bossRow
    ? { ...bossRow, label: bossLabel(bossRow.type, bossRow.target), progress: Math.min(bossRow.progress, bossRow.target), outcome: bossRow.defeatedAt ? "DEFEATED" : "ACTIVE" }
    : await ensureMonthlyBoss(userId, now);
  const profile = user.gameProfile ?? { xp: 0, currentStreak: 0, longestStreak: 0, streakLastDay: null };
  const progress = levelProgress(profile.xp);
  const currentStreak = currentStreakOn({ current: profile.currentStreak, longest: profile.longestStreak, lastDay: profile.streakLastDay }, today, (d) => isPausedDay(pauses, d));
  return {
    xp: profile.xp,
    level: progress.level,
    progress,
    tokens: tokens._sum.tokens ?? 0,
    currentStreak,
    longestStreak: profile.longestStreak,
    paused,
    mission,
    boss,
    xpThisWeek: xpWeek._sum.xp ?? 0,
    timeZone: tz,
    today,
  };
}

