import { zonedDay, zonedDayStart } from "@/lib/dates";
import { addDaysToDay, daysFromTo } from "@/lib/gamification/local-days";
import { getDb } from "@/server/db";

/**
 * XP earned per local day over the last `days` days, today included, oldest first (days with none
 * are 0), from the game ledger: for the "XP this week" chart.
 * @param now - the current instant; days are the user's time zone.
 */
export async function getXpByDay(userId: string, now: Date, days = 7): Promise<Array<{ day: string; xp: number }>> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const today = zonedDay(now, user.timeZone);
  const first = addDaysToDay(today, -(days - 1));
  const entries = await db.gameLedgerEntry.findMany({ where: { userId, occurredAt: { gte: zonedDayStart(first, user.timeZone), lte: now }, xp: { not: 0 } }, select: { occurredAt: true, xp: true } });
  const perDay = new Map<string, number>();
  for (const e of entries) {
    const day = zonedDay(e.occurredAt, user.timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + e.xp);
  }
  return daysFromTo(first, today).map((day) => ({ day, xp: perDay.get(day) ?? 0 }));
}
