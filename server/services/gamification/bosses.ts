import { zonedDay } from "@/lib/dates";
import { bossLabel } from "@/lib/gamification/bosses";
import { monthOfDay } from "@/lib/gamification/local-days";
import { getDb } from "@/server/db";
import { closeGameSession, openGameSession, sessionBoss } from "./game-session";

/** A boss fight as pages show it; `outcome`: ACTIVE (this month, not yet defeated), DEFEATED, or ESCAPED (a past month not defeated). */
export type BossView = {
  id: string;
  month: string;
  type: string;
  name: string;
  label: string;
  target: number;
  progress: number;
  reward: number;
  defeatedAt: Date | null;
  outcome: "ACTIVE" | "DEFEATED" | "ESCAPED";
};

const BOSS_SELECT = { id: true, month: true, type: true, name: true, target: true, progress: true, reward: true, defeatedAt: true } as const;
type BossRow = { id: string; month: string; type: string; name: string; target: number; progress: number; reward: number; defeatedAt: Date | null };

function toView(row: BossRow, currentMonth: string): BossView {
  const outcome = row.defeatedAt ? "DEFEATED" : row.month >= currentMonth ? "ACTIVE" : "ESCAPED";
  return { ...row, label: bossLabel(row.type, row.target), progress: Math.min(row.progress, row.target), outcome };
}

/**
 * This month's boss fight of the user (their time zone; one per user per month), drawn from a seed
 * of user id and month (lib/gamification/bosses.ts drawBoss) and stored the first time it is asked
 * for — by a page, an award, or the hourly GAMIFICATION_ROLLOVER job at the month's start.
 * @param now - the current instant.
 */
export async function ensureMonthlyBoss(userId: string, now: Date): Promise<BossView> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const month = monthOfDay(zonedDay(now, user.timeZone));
  const existing = await db.bossFight.findUnique({ where: { userId_month: { userId, month } }, select: BOSS_SELECT });
  if (existing) return toView(existing, month);
  const created = await db.$transaction(async (tx) => {
    const session = await openGameSession(tx, userId, now);
    const boss = await sessionBoss(session);
    await closeGameSession(session);
    return boss;
  });
  return toView(await db.bossFight.findUniqueOrThrow({ where: { id: created.id }, select: BOSS_SELECT }), month);
}

/**
 * The user's boss fights, newest month first: this month's (ACTIVE or DEFEATED) and past ones
 * with their outcome (DEFEATED or ESCAPED), up to `limit`.
 * @param now - the current instant (decides which month is current).
 */
export async function listBosses(userId: string, now: Date, limit = 24): Promise<BossView[]> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const month = monthOfDay(zonedDay(now, user.timeZone));
  const rows = await db.bossFight.findMany({ where: { userId, month: { lte: month } }, orderBy: { month: "desc" }, take: limit, select: BOSS_SELECT });
  return rows.map((row) => toView(row, month));
}
