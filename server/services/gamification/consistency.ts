import { zonedDay, zonedDayStart } from "@/lib/dates";
import { consistencyScore, CONSISTENCY_DAYS, type ConsistencyBreakdown, type ConsistencyDay } from "@/lib/gamification/consistency";
import { addDaysToDay, daysFromTo } from "@/lib/gamification/local-days";
import { isPausedDay } from "@/lib/gamification/pause";
import { getDb } from "@/server/db";
import { loadPauseSpans } from "./game-session";

/**
 * The user's consistency score over the last 7 local days (lib/gamification/consistency.ts: days
 * active, daily goal hit rate and even spread; paused days left out) with its breakdown and the
 * days it was computed from (oldest first), for the chart and its table. Outreach per day and
 * daily goals hit are read from the game ledger (OUTREACH_LOGGED and DAILY_GOAL_HIT entries), not
 * from a scan of activities.
 * @param now - the current instant; days are the user's time zone.
 */
export async function getConsistency(userId: string, now: Date): Promise<ConsistencyBreakdown & { days: ConsistencyDay[] }> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const tz = user.timeZone;
  const today = zonedDay(now, tz);
  const first = addDaysToDay(today, -(CONSISTENCY_DAYS - 1));
  const window = daysFromTo(first, today);
  const [entries, goals, pauses] = await Promise.all([
    db.gameLedgerEntry.findMany({ where: { userId, rule: "OUTREACH_LOGGED", occurredAt: { gte: zonedDayStart(first, tz), lte: now } }, select: { occurredAt: true } }),
    db.gameLedgerEntry.findMany({ where: { userId, rule: "DAILY_GOAL_HIT", sourceId: { in: window.map((d) => `DAILY_OUTREACH:${d}`) } }, select: { sourceId: true } }),
    loadPauseSpans(db, userId, tz, today),
  ]);
  const perDay = new Map<string, number>();
  for (const entry of entries) {
    const day = zonedDay(entry.occurredAt, tz);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const hit = new Set(goals.map((g) => g.sourceId.slice("DAILY_OUTREACH:".length)));
  const days = window.map((day): ConsistencyDay => ({ day, outreach: perDay.get(day) ?? 0, goalHit: hit.has(day), paused: isPausedDay(pauses, day), today: day === today }));
  return { ...consistencyScore(days), days };
}
