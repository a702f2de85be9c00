import { zonedDay } from "@/lib/dates";
import { addDaysToDay } from "@/lib/gamification/local-days";
import { missionLabel } from "@/lib/gamification/missions";
import { getDb } from "@/server/db";
import { closeGameSession, openGameSession, sessionMission } from "./game-session";

/** A daily mission as pages show it. */
export type MissionView = { id: string; localDate: string; type: string; label: string; target: number; progress: number; reward: number; completedAt: Date | null };

function toView(row: { id: string; localDate: string; type: string; target: number; progress: number; reward: number; completedAt: Date | null }): MissionView {
  return { id: row.id, localDate: row.localDate, type: row.type, label: missionLabel(row.type, row.target), target: row.target, progress: Math.min(row.progress, row.target), reward: row.reward, completedAt: row.completedAt };
}

const MISSION_SELECT = { id: true, localDate: true, type: true, target: true, progress: true, reward: true, completedAt: true } as const;

/**
 * The user's mission for today (their time zone), drawn from a seed of user id and date
 * (lib/gamification/missions.ts drawMission) and stored the first time it is asked for — so a new
 * mission appears at the user's midnight. Null on a paused day (no new mission while paused); a
 * mission drawn before the pause started is still returned.
 * @param now - the current instant.
 */
export async function ensureDailyMission(userId: string, now: Date): Promise<MissionView | null> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const today = zonedDay(now, user.timeZone);
  const existing = await db.dailyMission.findUnique({ where: { userId_localDate: { userId, localDate: today } }, select: MISSION_SELECT });
  if (existing) return toView(existing);
  const created = await db.$transaction(async (tx) => {
    const session = await openGameSession(tx, userId, now);
    const mission = await sessionMission(session);
    await closeGameSession(session);
    return mission;
  });
  if (!created) return null;
  return toView(await db.dailyMission.findUniqueOrThrow({ where: { id: created.id }, select: MISSION_SELECT }));
}

/**
 * The user's missions of the last 7 local days, today included, newest first (days without one —
 * paused, or never visited — are left out).
 * @param now - the current instant.
 */
export async function listMissionHistory(userId: string, now: Date): Promise<MissionView[]> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const today = zonedDay(now, user.timeZone);
  const rows = await db.dailyMission.findMany({ where: { userId, localDate: { gte: addDaysToDay(today, -6), lte: today } }, orderBy: { localDate: "desc" }, select: MISSION_SELECT });
  return rows.map(toView);
}
