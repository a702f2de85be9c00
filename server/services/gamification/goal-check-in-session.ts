import { zonedDay } from "@/lib/dates";
import { GAME_RULES } from "@/lib/gamification/rules";
import { GOAL_SETTINGS, goalPeriodKey } from "@/lib/gamification/goals";
import { dayAndWeekOf } from "@/lib/gamification/local-periods";
import { payInSession, placeholders, sessionDayPaused, type GameSession } from "./game-session";

/**
 * After an outreach at `occurredAt`: pays the daily goal (+10 XP, +3 tokens) when that local day's
 * outreach reached the daily target, and the weekly goal (+25 XP, +7 tokens) when its week's
 * (Monday to Sunday) reached the weekly target; each once per period (source id
 * "DAILY_OUTREACH:2026-12-06", "WEEKLY_OUTREACH:2026-W49"). Outreach is counted from the ledger's
 * OUTREACH_LOGGED entries, against the stored targets (the floors while a goal has no row). A
 * paused day pays no daily goal (daily goals are frozen); weeks are not.
 * @throws Error when the session was not opened for an outreach (openGameSession `outreach`).
 */
export async function checkOutreachGoalsInSession(session: GameSession, occurredAt: Date): Promise<void> {
  const { tx, userId, timeZone, goals } = session;
  if (!goals) throw new Error("checkOutreachGoalsInSession needs a session opened with { outreach: true }");
  const day = zonedDay(occurredAt, timeZone);
  const dayPaused = sessionDayPaused(session, day);
  const isToday = day === session.today;
  const thisWeek = goalPeriodKey("WEEKLY_OUTREACH", occurredAt, timeZone) === goalPeriodKey("WEEKLY_OUTREACH", session.now, timeZone);
  // Periods already paid (known from the session for today and this week) need no count.
  const needDaily = !dayPaused && !(isToday && goals.hit.daily);
  const needWeekly = !(thisWeek && goals.hit.weekly);
  if (!needDaily && !needWeekly) return;
  const { day: dayRange, week } = dayAndWeekOf(occurredAt, timeZone);
  // Today's and this week's counts came with the session; another period is counted here, in one
  // statement over the week's entries with the day's inside it (a day lies within its week).
  const known = isToday ? { day: goals.dayCount, week: goals.weekCount } : null;
  const [counts] = known ? [known] : await tx.$queryRawUnsafe<Array<{ week: unknown; day: unknown }>>(
    placeholders(`SELECT COUNT(*) AS "week", SUM(CASE WHEN "occurredAt" >= ? AND "occurredAt" < ? THEN 1 ELSE 0 END) AS "day"
     FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = 'OUTREACH_LOGGED' AND "occurredAt" >= ? AND "occurredAt" < ?`),
    dayRange.start,
    dayRange.end,
    userId,
    week.start,
    week.end,
  );
  const dailyTarget = goals.targets.daily ?? GOAL_SETTINGS.DAILY_OUTREACH.floor;
  const weeklyTarget = goals.targets.weekly ?? GOAL_SETTINGS.WEEKLY_OUTREACH.floor;
  if (needDaily && Number(counts.day ?? 0) >= dailyTarget) {
    const rule = GAME_RULES.DAILY_GOAL_HIT;
    if (await payInSession(session, { rule: "DAILY_GOAL_HIT", sourceType: "goal", sourceId: goalPeriodKey("DAILY_OUTREACH", occurredAt, timeZone), xp: rule.xp, tokens: rule.tokens, occurredAt }))
      if (isToday) goals.hit.daily = true;
  }
  if (needWeekly && Number(counts.week ?? 0) >= weeklyTarget) {
    const rule = GAME_RULES.WEEKLY_GOAL_HIT;
    if (await payInSession(session, { rule: "WEEKLY_GOAL_HIT", sourceType: "goal", sourceId: goalPeriodKey("WEEKLY_OUTREACH", occurredAt, timeZone), xp: rule.xp, tokens: rule.tokens, occurredAt }))
      if (thisWeek) goals.hit.weekly = true;
  }
}
