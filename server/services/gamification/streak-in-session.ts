import { addDaysToDay, daysBetween } from "@/lib/gamification/local-days";
import { STREAK_TOKEN_BONUSES, STREAK_XP_BONUSES } from "@/lib/gamification/rules";
import { advanceStreak, streakEndingAtLatest } from "@/lib/gamification/streaks";
import { zonedDay, zonedDayStart } from "@/lib/dates";
import { loadPauseSpans, payInSession, sessionDayPaused, type GameSession } from "./game-session";

/**
 * Counts an outreach at `occurredAt` towards the session user's streak (lib/gamification/streaks.ts
 * advanceStreak: their local day, paused days skipped) and pays the streak bonuses of the length it
 * reached: tokens at 3, 7, 14 and 30 days (+5, +10, +20, +30) once per streak (keyed by the length
 * and the day it was reached), XP at 10 and 30 days (+20, +50) once ever (keyed by the length).
 */
export async function advanceStreakInSession(session: GameSession, occurredAt: Date): Promise<void> {
  const day = zonedDay(occurredAt, session.timeZone);
  const before = { current: session.profile.currentStreak, longest: session.profile.longestStreak, lastDay: session.profile.streakLastDay };
  const { state, reached } = advanceStreak(before, day, (d) => sessionDayPaused(session, d));
  if (reached === null) return;
  session.profile.currentStreak = state.current;
  session.profile.longestStreak = state.longest;
  session.profile.streakLastDay = state.lastDay;
  session.touched.add("streak");
  for (const bonus of STREAK_TOKEN_BONUSES) {
    if (bonus.days === reached) await payInSession(session, { rule: "STREAK_TOKEN_BONUS", sourceType: "streak", sourceId: `${bonus.days}:${day}`, xp: 0, tokens: bonus.tokens, occurredAt, note: `${bonus.days}-day streak` });
  }
  for (const bonus of STREAK_XP_BONUSES) {
    if (bonus.days === reached) await payInSession(session, { rule: "STREAK_XP_BONUS", sourceType: "streak", sourceId: String(bonus.days), xp: bonus.xp, tokens: 0, occurredAt, note: `${bonus.days}-day streak` });
  }
}

/**
 * Recomputes the current streak after outreach was removed (a deleted activity), from the
 * OUTREACH_LOGGED ledger entries of a window that covers the whole current streak and its paused
 * days. The longest streak is a record and is kept. Streak bonuses already paid stay paid.
 */
export async function recomputeStreakInSession(session: GameSession): Promise<void> {
  const { currentStreak, streakLastDay } = session.profile;
  if (!streakLastDay || currentStreak === 0) return;
  const windowStart = addDaysToDay(streakLastDay, -(2 * currentStreak + 30));
  // Every pause the window may hold (a session reads only recent ones).
  session.pauses = await loadPauseSpans(session.tx, session.userId, session.timeZone, session.today, daysBetween(windowStart, session.today) + 1);
  const rows = await session.tx.gameLedgerEntry.findMany({
    where: { userId: session.userId, rule: "OUTREACH_LOGGED", occurredAt: { gte: zonedDayStart(windowStart, session.timeZone) } },
    select: { occurredAt: true },
  });
  const days = new Set(rows.map((r) => zonedDay(r.occurredAt, session.timeZone)).filter((d) => d <= streakLastDay));
  const { current, lastDay } = streakEndingAtLatest(days, (d) => sessionDayPaused(session, d));
  if (current === currentStreak && lastDay === streakLastDay) return;
  session.profile.currentStreak = Math.min(current, currentStreak);
  session.profile.streakLastDay = lastDay;
}
