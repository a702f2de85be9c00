import { zonedDay } from "@/lib/dates";
import { daysBetween } from "@/lib/gamification/local-days";
import { activePauseOn, lastPausedDay, plannedPause } from "@/lib/gamification/pause";
import { pauseInputSchema, type PauseInput } from "@/lib/validation/gamification";
import { getDb, type Db, type Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { openGameSession } from "./game-session";

/** A pause in force: its id, first and last local days (yyyy-MM-dd, inclusive), reason and the days left including today. */
export type ActivePause = { id: string; fromDay: string; toDay: string; reason: string; daysLeft: number };

async function findActivePause(db: Db | Tx, userId: string, timeZone: string, today: string): Promise<ActivePause | null> {
  const rows = await db.gamePause.findMany({ where: { userId, fromDay: { lte: today }, toDay: { gte: today }, endedAt: null }, select: { id: true, fromDay: true, toDay: true, reason: true, endedAt: true } });
  const spans = rows.map((p) => ({ ...p, endedDay: p.endedAt ? zonedDay(p.endedAt, timeZone) : null }));
  const active = activePauseOn(spans, today);
  if (!active) return null;
  const toDay = lastPausedDay(active);
  return { id: active.id, fromDay: active.fromDay, toDay, reason: active.reason, daysLeft: daysBetween(today, toDay) + 1 };
}

/**
 * The user's pause in force today (their time zone), or null.
 * @param now - the current instant.
 */
export async function getActivePause(userId: string, now: Date): Promise<ActivePause | null> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  return findActivePause(db, userId, user.timeZone, zonedDay(now, user.timeZone));
}

/**
 * Settings → Pause mode: pauses the actor's game for `days` days (1–14) from today (their time
 * zone), with a reason. Paused days freeze the streak (neither break nor extend it), the
 * consistency score (left out), daily goals (no hit, no miss) and daily missions (none drawn);
 * tasks and boss fights go on.
 * @param input - parsed by pauseInputSchema ({ days, reason }).
 * @throws ValidationError for bad input or when a pause is already active.
 */
export async function startPause(actor: Actor, input: PauseInput, now: Date): Promise<ActivePause> {
  const data = parseOrThrow(pauseInputSchema, input);
  return getDb().$transaction(async (tx) => {
    // The profile lock serializes two starts at once (and any award of this user meanwhile).
    const session = await openGameSession(tx, actor.id, now);
    if (await findActivePause(tx, actor.id, session.timeZone, session.today)) throw new ValidationError("Pause mode is already on", { days: ["End the current pause first"] });
    const { fromDay, toDay } = plannedPause(session.today, data.days);
    const pause = await tx.gamePause.create({ data: { userId: actor.id, fromDay, toDay, reason: data.reason, createdAt: now }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "GamePause", entityId: pause.id, changes: { fromDay, toDay, reason: data.reason } });
    return { id: pause.id, fromDay, toDay, reason: data.reason, daysLeft: data.days };
  });
}

/**
 * Ends the actor's pause early: today is a normal day again (the days before it stay paused).
 * @throws ValidationError when no pause is active.
 */
export async function endPause(actor: Actor, now: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const session = await openGameSession(tx, actor.id, now);
    const active = await findActivePause(tx, actor.id, session.timeZone, session.today);
    if (!active) throw new ValidationError("Pause mode is not on");
    await tx.gamePause.update({ where: { id: active.id }, data: { endedAt: now }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "GamePause", entityId: active.id, changes: { endedAt: [null, now] } });
  });
}
