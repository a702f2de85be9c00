import { zonedDay } from "@/lib/dates";
import { randomUUID } from "node:crypto";
import { ACHIEVEMENTS, achievementsReached, STAT_RULES, type AchievementStat } from "@/lib/gamification/achievements";
import { drawBoss } from "@/lib/gamification/bosses";
import { levelForXp } from "@/lib/gamification/levels";
import { addDaysToDay, monthOfDay } from "@/lib/gamification/local-days";
import { drawMission } from "@/lib/gamification/missions";
import { isPausedDay, type PauseSpan } from "@/lib/gamification/pause";
import { rewardLevelsCrossed } from "@/lib/gamification/reward-defaults";
import type { GameRule } from "@/lib/gamification/rules";
import { goalPeriodKey } from "@/lib/gamification/goals";
import { dayAndWeekOf } from "@/lib/gamification/local-periods";
import { monthPeriod, type Period } from "@/lib/periods";
import { isPostgres, type Tx } from "@/server/db";
import { sqlPlaceholders } from "@/server/sql-placeholders";
import { createNotification } from "@/server/services/notifications/create-notification";
import { insertLedgerEntry } from "./ledger";

/** The profile figures a session reads under the lock and writes back once when it closes. */
type ProfileState = { xp: number; currentStreak: number; longestStreak: number; streakLastDay: string | null };

type MissionRow = { id: string; type: string; target: number; reward: number; progress: number; completedAt: Date | null };
type BossRow = { id: string; type: string; name: string; target: number; reward: number; progress: number; defeatedAt: Date | null };

/**
 * One user's game changes inside one transaction: opened with the user's GameProfile row locked
 * (so one user's awards, spends and reversals apply one at a time), it collects the awards, keeps
 * XP and streak in memory and writes the profile once on close, then handles what follows from the
 * changes (level-up notification and reward unlocks, achievements).
 */
export type GameSession = {
  tx: Tx;
  userId: string;
  timeZone: string;
  now: Date;
  /** The user's local day at `now`. */
  today: string;
  pauses: PauseSpan[];
  profile: ProfileState;
  levelBefore: number;
  dirty: boolean;
  /** Achievement stats whose inputs changed (checked on close). */
  touched: Set<AchievementStat>;
  /** Today's mission as read at open (undefined: not read yet; null: none stored or a paused day). */
  mission?: MissionRow | null;
  boss?: BossRow | null;
  /** Stored daily and weekly outreach targets (null: no goal row yet, the floor applies). */
  targets: { daily: number | null; weekly: number | null };
  /** Whether today's daily goal and this week's weekly goal were already paid (as of `now`). */
  goalsHit: { daily: boolean; weekly: boolean };
  /** Keys of the achievements already unlocked. */
  unlocked: Set<string>;
  /**
   * Outreach (OUTREACH_LOGGED entries) today and this week as of open plus what the session paid,
   * when the caller asked for them (an outreach's goals); null otherwise.
   */
  outreach: { day: Period; week: Period; dayCount: number; weekCount: number } | null;
};

/** Mission types each rule's award counts for, and boss types likewise. */
const MISSION_TYPE_OF_RULE: Partial<Record<string, string>> = {
  OUTREACH_LOGGED: "OUTREACH_COUNT",
  LEAD_CONTACTED: "CONTACT_LEADS",
  TASK_COMPLETED: "COMPLETE_TASKS",
  DORMANT_LEAD_MESSAGED: "MESSAGE_OLD_LEADS",
};
const BOSS_TYPE_OF_RULE: Partial<Record<string, string>> = {
  OUTREACH_LOGGED: "SEND_OUTREACH",
  DEAL_WON: "CLOSE_DEALS",
  DORMANT_LEAD_MESSAGED: "REVIVE_COLD_LEADS",
  PROPOSAL_SENT: "SEND_PROPOSALS",
};

/** How far back pauses are read: far enough for any streak gap and consistency window the session looks at. */
const PAUSE_LOOKBACK_DAYS = 400;

/** A user's pauses as the rules see them: those ending within `lookbackDays` before `today` or later (local days in `timeZone`). */
export async function loadPauseSpans(db: Pick<Tx, "gamePause">, userId: string, timeZone: string, today: string, lookbackDays = PAUSE_LOOKBACK_DAYS): Promise<PauseSpan[]> {
  const rows = await db.gamePause.findMany({ where: { userId, toDay: { gte: addDaysToDay(today, -lookbackDays) } }, select: { fromDay: true, toDay: true, endedAt: true } });
  return rows.map((p) => ({ fromDay: p.fromDay, toDay: p.toDay, endedDay: p.endedAt ? zonedDay(p.endedAt, timeZone) : null }));
}

/** `sql` written with `?` placeholders, numbered $1, $2… on PostgreSQL. */
export function placeholders(sql: string): string {
  if (!isPostgres()) return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** "a|b|c" columns of a mission or boss read in one subquery (see openGameSession). */
function splitRow(value: unknown): string[] | null {
  return typeof value === "string" && value.length > 0 ? value.split("|") : null;
}

/**
 * Opens a session for `userId` inside `tx` in one statement: an upsert that creates their
 * GameProfile if missing and locks it (PostgreSQL row lock; SQLite holds its write lock) returning
 * XP and streak and what awards need — stored goal targets, whether today's and this week's
 * outreach goals were paid, today's mission, this month's boss, unlocked achievements and whether
 * any pause matters (then, only then, the pauses are read).
 * @param timeZone - the user's time zone when the caller has it (the actor's), saving a query.
 * @throws when the user does not exist.
 */
export async function openGameSession(tx: Tx, userId: string, now: Date, timeZone?: string, options: { outreachCounts?: boolean } = {}): Promise<GameSession> {
  const tz = timeZone ?? (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } })).timeZone;
  const today = zonedDay(now, tz);
  const keys = isPostgres() ? `string_agg("key", ',')` : `group_concat("key", ',')`;
  const { day, week } = dayAndWeekOf(now, tz);
  // Outreach today and this week, counted only while that period's goal is not yet paid (CASE
  // evaluates the count lazily): a week's entries cost a row lookup each.
  const count = (goal: string) =>
    `(CASE WHEN EXISTS (SELECT 1 FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = '${goal}' AND "sourceId" = ?) THEN NULL
      ELSE (SELECT COUNT(*) FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = 'OUTREACH_LOGGED' AND "occurredAt" >= ? AND "occurredAt" < ?) END)`;
  const dailyKey = goalPeriodKey("DAILY_OUTREACH", now, tz);
  const weeklyKey = goalPeriodKey("WEEKLY_OUTREACH", now, tz);
  const counts = options.outreachCounts ? [userId, dailyKey, userId, day.start, day.end, userId, weeklyKey, userId, week.start, week.end] : [];
  // One statement: the upsert that creates and locks the profile returns, besides XP and streak,
  // scalar subqueries of the context (RETURNING may hold subqueries on both databases). Pauses are
  // counted from a week ago (goals, consistency) or the streak's last day when earlier (a gap to bridge).
  const [row] = await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(
    placeholders(`INSERT INTO "GameProfile" ("userId", "updatedAt") VALUES (?, ?)
     ON CONFLICT ("userId") DO UPDATE SET "updatedAt" = excluded."updatedAt"
     RETURNING "xp", "currentStreak", "longestStreak", "streakLastDay",
      (SELECT "target" FROM "Goal" WHERE "userId" = ? AND "kind" = 'DAILY_OUTREACH') AS "dailyTarget",
      (SELECT "target" FROM "Goal" WHERE "userId" = ? AND "kind" = 'WEEKLY_OUTREACH') AS "weeklyTarget",
      (SELECT COUNT(*) FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = 'DAILY_GOAL_HIT' AND "sourceId" = ?) AS "dailyHit",
      (SELECT COUNT(*) FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = 'WEEKLY_GOAL_HIT' AND "sourceId" = ?) AS "weeklyHit",
      (SELECT COUNT(*) FROM "GamePause" WHERE "userId" = ? AND "toDay" >= ?) AS "recentPauses",
      (SELECT COUNT(*) FROM "GamePause" WHERE "userId" = ?) AS "pauses",
      (SELECT ${keys} FROM "GameAchievement" WHERE "userId" = ?) AS "unlocked",
      (SELECT "id" || '|' || "type" || '|' || "target" || '|' || "reward" || '|' || "progress" || '|' || (CASE WHEN "completedAt" IS NULL THEN '0' ELSE '1' END)
         FROM "DailyMission" WHERE "userId" = ? AND "localDate" = ?) AS "mission",
      (SELECT "id" || '|' || "type" || '|' || "target" || '|' || "reward" || '|' || "progress" || '|' || (CASE WHEN "defeatedAt" IS NULL THEN '0' ELSE '1' END) || '|' || "name"
         FROM "BossFight" WHERE "userId" = ? AND "month" = ?) AS "boss",
      ${options.outreachCounts ? count("DAILY_GOAL_HIT") : "NULL"} AS "dayOutreach",
      ${options.outreachCounts ? count("WEEKLY_GOAL_HIT") : "NULL"} AS "weekOutreach"`),
    userId,
    now,
    userId,
    userId,
    userId,
    dailyKey,
    userId,
    weeklyKey,
    userId,
    addDaysToDay(today, -8),
    userId,
    userId,
    userId,
    today,
    userId,
    monthOfDay(today),
    ...counts,
  );
  const context = row;
  const profile = { xp: Number(row.xp), currentStreak: Number(row.currentStreak), longestStreak: Number(row.longestStreak), streakLastDay: (row.streakLastDay as string | null) ?? null };
  // Read the pauses when one touches the last 8 days, or when any exists and the streak has a gap to bridge.
  const gap = profile.streakLastDay !== null && profile.streakLastDay < addDaysToDay(today, -1);
  const needPauses = Number(context.recentPauses) > 0 || (gap && Number(context.pauses) > 0);
  const pauses = needPauses ? await loadPauseSpans(tx, userId, tz, today) : [];
  const session: GameSession = {
    tx,
    userId,
    timeZone: tz,
    now,
    today,
    pauses,
    profile,
    levelBefore: levelForXp(profile.xp),
    dirty: false,
    touched: new Set(),
    targets: { daily: context.dailyTarget === null ? null : Number(context.dailyTarget), weekly: context.weeklyTarget === null ? null : Number(context.weeklyTarget) },
    goalsHit: { daily: Number(context.dailyHit) > 0, weekly: Number(context.weeklyHit) > 0 },
    unlocked: new Set(typeof context.unlocked === "string" && context.unlocked ? context.unlocked.split(",") : []),
    // A period already paid has no count (NULL): its goal is not checked again.
    outreach: options.outreachCounts ? { day, week, dayCount: Number(context.dayOutreach ?? 0), weekCount: Number(context.weekOutreach ?? 0) } : null,
  };
  const mission = splitRow(context.mission);
  if (mission) {
    const [id, type, target, reward, progress, done] = mission;
    session.mission = { id, type, target: Number(target), reward: Number(reward), progress: Number(progress), completedAt: done === "1" ? now : null };
  }
  const boss = splitRow(context.boss);
  if (boss) {
    const [id, type, target, reward, progress, done, ...name] = boss;
    session.boss = { id, type, name: name.join("|"), target: Number(target), reward: Number(reward), progress: Number(progress), defeatedAt: done === "1" ? now : null };
  }
  return session;
}

/** Whether local day `day` is paused for the session's user. */
export function sessionDayPaused(session: GameSession, day: string): boolean {
  return isPausedDay(session.pauses, day);
}

/** One award to pay in a session (the rule's amounts or the award's own, e.g. a mission's reward). */
export type SessionAward = { rule: GameRule | string; sourceType: string; sourceId: string; xp: number; tokens: number; occurredAt: Date; note?: string | null };

/**
 * Pays an award once (the ledger's unique key user + rule + sourceId: a repeat is a no-op) and
 * counts it towards today's mission and this month's boss when its rule is one they count.
 * @returns whether it was paid now (false: paid before).
 */
export async function payInSession(session: GameSession, award: SessionAward): Promise<boolean> {
  if (!(await insertLedgerEntry(session.tx, { ...award, userId: session.userId }, session.now))) return false;
  if (award.xp !== 0) {
    session.profile.xp += award.xp;
    session.dirty = true;
  }
  for (const [stat, rule] of Object.entries(STAT_RULES)) if (rule === award.rule) session.touched.add(stat as AchievementStat);
  const counts = session.outreach;
  if (counts && award.rule === "OUTREACH_LOGGED") {
    const at = award.occurredAt;
    if (at >= counts.day.start && at < counts.day.end) counts.dayCount++;
    if (at >= counts.week.start && at < counts.week.end) counts.weekCount++;
  }
  await countTowardsMission(session, award.rule, award.occurredAt, 1);
  await countTowardsBoss(session, award.rule, award.occurredAt, 1);
  return true;
}

/** Today's mission of the session's user, drawn and stored the first time it is needed; null on a paused day. */
export async function sessionMission(session: GameSession): Promise<MissionRow | null> {
  if (session.mission) return session.mission;
  if (sessionDayPaused(session, session.today)) return null;
  const draw = drawMission(session.userId, session.today);
  // A no-op update on conflict so RETURNING gives the existing row too (one statement either way).
  const [row] = await session.tx.$queryRawUnsafe<Array<MissionRow & { target: unknown; reward: unknown; progress: unknown }>>(
    `INSERT INTO "DailyMission" ("id", "userId", "localDate", "type", "target", "reward", "progress", "createdAt")
     VALUES (${sqlPlaceholders(8)}) ON CONFLICT ("userId", "localDate") DO UPDATE SET "userId" = excluded."userId"
     RETURNING "id", "type", "target", "reward", "progress", "completedAt"`,
    randomUUID(),
    session.userId,
    session.today,
    draw.type,
    draw.target,
    draw.reward,
    0,
    session.now,
  );
  session.mission = { id: row.id, type: row.type, target: Number(row.target), reward: Number(row.reward), progress: Number(row.progress), completedAt: row.completedAt ? new Date(row.completedAt) : null };
  return session.mission;
}

/** This month's boss of the session's user (their time zone), drawn and stored the first time it is needed. */
export async function sessionBoss(session: GameSession): Promise<BossRow> {
  if (session.boss) return session.boss;
  const month = monthOfDay(session.today);
  const draw = drawBoss(session.userId, month);
  const [row] = await session.tx.$queryRawUnsafe<Array<BossRow & { target: unknown; reward: unknown; progress: unknown }>>(
    `INSERT INTO "BossFight" ("id", "userId", "month", "type", "name", "target", "reward", "progress", "createdAt")
     VALUES (${sqlPlaceholders(9)}) ON CONFLICT ("userId", "month") DO UPDATE SET "userId" = excluded."userId"
     RETURNING "id", "type", "name", "target", "reward", "progress", "defeatedAt"`,
    randomUUID(),
    session.userId,
    month,
    draw.type,
    draw.name,
    draw.target,
    draw.reward,
    0,
    session.now,
  );
  session.boss = { id: row.id, type: row.type, name: row.name, target: Number(row.target), reward: Number(row.reward), progress: Number(row.progress), defeatedAt: row.defeatedAt ? new Date(row.defeatedAt) : null };
  return session.boss;
}

/**
 * Moves today's mission by `delta` when `rule` counts for its type and the award happened today
 * (a back-dated log does not count for today's mission); reaching the target completes it and pays
 * its reward once. A completed mission stays completed.
 */
export async function countTowardsMission(session: GameSession, rule: string, occurredAt: Date, delta: number): Promise<void> {
  const type = MISSION_TYPE_OF_RULE[rule];
  if (!type || zonedDay(occurredAt, session.timeZone) !== session.today) return;
  const mission = await sessionMission(session);
  if (!mission || mission.type !== type || mission.completedAt) return;
  const progress = Math.max(0, mission.progress + delta);
  const completedAt = progress >= mission.target ? session.now : null;
  await session.tx.$executeRawUnsafe(placeholders(`UPDATE "DailyMission" SET "progress" = ?, "completedAt" = ? WHERE "id" = ?`), progress, completedAt, mission.id);
  mission.progress = progress;
  mission.completedAt = completedAt;
  if (!completedAt) return;
  await payInSession(session, { rule: "MISSION_COMPLETED", sourceType: "mission", sourceId: mission.id, xp: 0, tokens: mission.reward, occurredAt: session.now, note: mission.type });
  await createNotification(session.tx, { userId: session.userId, kind: "MISSION_COMPLETED", title: "Mission complete!", body: `+${mission.reward} tokens`, href: "/missions" }, session.now);
}

/**
 * Moves this month's boss by `delta` when `rule` counts for its type and the award happened this
 * month; reaching the target defeats it: its reward is paid once and a "Boss defeated!"
 * notification is created. Pause mode does not stop boss fights.
 */
export async function countTowardsBoss(session: GameSession, rule: string, occurredAt: Date, delta: number): Promise<void> {
  const type = BOSS_TYPE_OF_RULE[rule];
  if (!type || monthOfDay(zonedDay(occurredAt, session.timeZone)) !== monthOfDay(session.today)) return;
  const boss = await sessionBoss(session);
  if (boss.type !== type || boss.defeatedAt) return;
  const progress = Math.max(0, boss.progress + delta);
  const defeatedAt = progress >= boss.target ? session.now : null;
  await session.tx.$executeRawUnsafe(placeholders(`UPDATE "BossFight" SET "progress" = ?, "defeatedAt" = ? WHERE "id" = ?`), progress, defeatedAt, boss.id);
  boss.progress = progress;
  boss.defeatedAt = defeatedAt;
  if (!defeatedAt) return;
  await payInSession(session, { rule: "BOSS_DEFEATED", sourceType: "boss", sourceId: boss.id, xp: 0, tokens: boss.reward, occurredAt: session.now, note: boss.name });
  await createNotification(session.tx, { userId: session.userId, kind: "BOSS_DEFEATED", title: "Boss defeated!", body: `${boss.name} is down: +${boss.reward} tokens`, href: "/boss" }, session.now);
}

/** The stat values of `stats` for the session's user (count stats from the ledger). */
async function statValues(session: GameSession, stats: Iterable<AchievementStat>): Promise<Partial<Record<AchievementStat, number>>> {
  const values: Partial<Record<AchievementStat, number>> = {};
  for (const stat of stats) {
    if (stat === "streak") values.streak = session.profile.longestStreak;
    else if (stat === "level") values.level = levelForXp(session.profile.xp);
    else if (stat === "dealsWonThisMonth") {
      const { start, end } = monthPeriod(session.now, session.timeZone);
      values.dealsWonThisMonth = await session.tx.gameLedgerEntry.count({ where: { userId: session.userId, rule: "DEAL_WON", occurredAt: { gte: start, lt: end } } });
    } else {
      const rule = STAT_RULES[stat];
      if (rule) values[stat] = await session.tx.gameLedgerEntry.count({ where: { userId: session.userId, rule } });
    }
  }
  return values;
}

/** Unlocks the achievements the touched stats reached, once each, with an ACHIEVEMENT notification. */
async function unlockAchievements(session: GameSession): Promise<void> {
  if (session.touched.size === 0) return;
  const unlocked = session.unlocked;
  const open = new Set(ACHIEVEMENTS.filter((a) => !unlocked.has(a.key) && session.touched.has(a.stat)).map((a) => a.stat));
  if (open.size === 0) return;
  for (const achievement of achievementsReached(await statValues(session, open), unlocked)) {
    const inserted = await session.tx.$queryRawUnsafe<Array<{ key: string }>>(
      `INSERT INTO "GameAchievement" ("userId", "key", "unlockedAt") VALUES (${sqlPlaceholders(3)}) ON CONFLICT ("userId", "key") DO NOTHING RETURNING "key"`,
      session.userId,
      achievement.key,
      session.now,
    );
    if (inserted.length === 0) continue;
    unlocked.add(achievement.key);
    await createNotification(
      session.tx,
      { userId: session.userId, kind: "ACHIEVEMENT", title: `Achievement unlocked: ${achievement.title}`, body: achievement.description, href: "/gamification" },
      session.now,
    );
  }
}

/** On a level-up: a LEVEL_UP notification and the level rewards it unlocks (once per reward and level). */
async function levelUp(session: GameSession, levelBefore: number, levelAfter: number): Promise<void> {
  const rewards = await session.tx.gameReward.findMany({ where: { userId: session.userId, enabled: true }, select: { id: true, name: true, kind: true, everyLevels: true, atLevel: true } });
  const names: string[] = [];
  for (const reward of rewards) {
    for (const level of rewardLevelsCrossed(reward, levelBefore, levelAfter)) {
      const inserted = await session.tx.$queryRawUnsafe<Array<{ id: string }>>(
        `INSERT INTO "GameRewardUnlock" ("id", "rewardId", "level", "unlockedAt") VALUES (${sqlPlaceholders(4)}) ON CONFLICT ("rewardId", "level") DO NOTHING RETURNING "id"`,
        randomUUID(),
        reward.id,
        level,
        session.now,
      );
      if (inserted.length > 0) names.push(reward.name);
    }
  }
  const body = names.length ? `Reward unlocked: ${names.join(", ")}` : null;
  await createNotification(session.tx, { userId: session.userId, kind: "LEVEL_UP", title: `Level up! You reached level ${levelAfter}`, body, href: "/gamification" }, session.now);
}

/**
 * Closes a session: writes the profile (XP, level, streak) once when anything changed, then a
 * level-up's notification and reward unlocks, then achievements of the stats that changed.
 */
export async function closeGameSession(session: GameSession): Promise<{ xp: number; levelBefore: number; levelAfter: number }> {
  const levelAfter = levelForXp(session.profile.xp);
  if (session.dirty) {
    const { xp, currentStreak, longestStreak, streakLastDay } = session.profile;
    await session.tx.$executeRawUnsafe(
      placeholders(`UPDATE "GameProfile" SET "xp" = ?, "level" = ?, "currentStreak" = ?, "longestStreak" = ?, "streakLastDay" = ?, "updatedAt" = ? WHERE "userId" = ?`),
      xp,
      levelAfter,
      currentStreak,
      longestStreak,
      streakLastDay,
      session.now,
      session.userId,
    );
  }
  if (levelAfter > session.levelBefore) {
    session.touched.add("level");
    await levelUp(session, session.levelBefore, levelAfter);
  }
  await unlockAchievements(session);
  return { xp: session.profile.xp, levelBefore: session.levelBefore, levelAfter };
}
