import { weekPeriod } from "@/lib/periods";
import { getDb } from "@/server/db";

/** One line of the weekly leaderboard: a user who opted in, and the XP they earned this week. */
export type LeaderboardRow = { userId: string; name: string; xp: number; rank: number; isViewer: boolean };

/**
 * The team leaderboard for the week `now` falls in (Monday to Sunday in `timeZone`, the viewer's):
 * every user who opted in (GameProfile.leaderboardOptIn) with the XP of their ledger entries that
 * week, most first (ties share a rank, then by name). Users who did not opt in are never listed.
 * @returns whether the viewer is opted in, the week's start (UTC) and the rows.
 */
export async function loadWeeklyLeaderboard(viewerId: string, timeZone: string, now: Date): Promise<{ optedIn: boolean; weekStart: Date; rows: LeaderboardRow[] }> {
  const db = getDb();
  const week = weekPeriod(now, timeZone);
  const profiles = await db.gameProfile.findMany({ where: { leaderboardOptIn: true }, select: { userId: true, user: { select: { name: true } } } });
  const ids = profiles.map((p) => p.userId);
  const sums =
    ids.length === 0
      ? []
      : await db.gameLedgerEntry.groupBy({ by: ["userId"], where: { userId: { in: ids }, occurredAt: { gte: week.start, lt: week.end } }, _sum: { xp: true } });
  const xpOf = new Map(sums.map((s) => [s.userId, s._sum.xp ?? 0]));
  const sorted = profiles
    .map((p) => ({ userId: p.userId, name: p.user.name, xp: Math.max(0, xpOf.get(p.userId) ?? 0), isViewer: p.userId === viewerId }))
    .sort((a, b) => b.xp - a.xp || a.name.localeCompare(b.name));
  const rows = sorted.map((row) => ({ ...row, rank: sorted.findIndex((other) => other.xp === row.xp) + 1 }));
  return { optedIn: ids.includes(viewerId), weekStart: week.start, rows };
}
