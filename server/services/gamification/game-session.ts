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
import { isPostgres, preparedSql, type Tx } from "@/server/db";
import { sqlPlaceholders } from "@/server/sql-placeholders";
import { createNotification } from "@/server/services/notifications/create-notification";
import { applyRowUpdate, insertLedgerEntry, ledgerInsertSql, ledgerRow, lockProfile, type RowUpdate } from "./ledger";

/** The profile figures a session reads under the lock and writes back once when it closes. */
type ProfileState = { xp: number; currentStreak: number; longestStreak: number; streakLastDay: string | null };

type MissionRow = { id: string; type: string; target: number; reward: number; progress: number; completedAt: Date | null };
type BossRow = { id: string; type: string; name: string; target: number; reward: number; progress: number; defeatedAt: Date | null };

/** The daily and weekly outreach goals as an outreach's session reads them at open (openGameSession `outreach`). */
export type SessionGoals = {
  /** Stored daily and weekly outreach targets (null: no goal row yet, the floor applies). */
  targets: { daily: number | null; weekly: number | null };
  /** Whether today's daily goal and this week's weekly goal were already paid (as of `now`). */
  hit: { daily: boolean; weekly: boolean };
  /** Today and this week (Monday to Sunday) in the user's time zone. */
  day: Period;
  week: Period;
  /**
   * Outreach (OUTREACH_LOGGED entries) today and this week as of open plus what the session paid;
   * 0 for a period whose goal was already paid (it is not counted).
   */
  dayCount: number;
  weekCount: number;
};

/**
 * One user's game changes inside one transaction: opened with the user's GameProfile row locked
 * (so one user's awards, spends and reversals apply one at a time), it collects the awards, keeps
 * XP and streak in memory and writes the profile on close when they differ from the stored row,
 * then handles what follows from the changes (level-up notification and reward unlocks, achievements).
 */
export type GameSession = {
  tx: Tx;
  userId: string;
  timeZone: string;
  now: Date;
  /** The user's local day at `now`. */
  today: string;
  pauses: PauseSpan[];
  /** XP and streak as the session's changes leave them (written on close). */
  profile: ProfileState;
  /** The GameProfile row as stored after the opening upsert (its XP includes `xpAhead`). */
  stored: ProfileState & { level: number };
  levelBefore: number;
  /** Achievement stats whose inputs changed (checked on close). */
  touched: Set<AchievementStat>;
  /** Today's mission as read at open (undefined: not read yet; null: none stored or a paused day). */
  mission?: MissionRow | null;
  boss?: BossRow | null;
  /** The outreach goals, when the session was opened for an outreach; null otherwise. */
  goals: SessionGoals | null;
  /** Keys of the achievements already unlocked. */
  unlocked: Set<string>;
  /** The value of the caller's `extra` subquery (undefined when none was asked). */
  extra: unknown;
  /** The `pay` award the opening statement settled (PostgreSQL), until payInSession takes note of it; `paid` false: paid before. */
  prepaid?: { rule: string; sourceId: string; paid: boolean };
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

/** Where a session stands: its user's time zone and local day. */
type SessionDay = Pick<GameSession, "timeZone" | "today">;

/** The mission type an award of `rule` at `occurredAt` counts for: only today's mission, and only for the rules it counts (undefined: none). */
function missionTypeFor(at: SessionDay, rule: string, occurredAt: Date): string | undefined {
  return zonedDay(occurredAt, at.timeZone) === at.today ? MISSION_TYPE_OF_RULE[rule] : undefined;
}

/** The boss type an award of `rule` at `occurredAt` counts for: only this month's boss, and only for the rules it counts (undefined: none). */
function bossTypeFor(at: SessionDay, rule: string, occurredAt: Date): string | undefined {
  return monthOfDay(zonedDay(occurredAt, at.timeZone)) === monthOfDay(at.today) ? BOSS_TYPE_OF_RULE[rule] : undefined;
}

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

/** What openGameSession reads and does besides opening the session. */
export type OpenOptions = {
  /** The session pays an outreach: also read its goals (SessionGoals). */
  outreach?: boolean;
  /**
   * XP the caller expects the session to pay (e.g. an outreach's 5), added to the profile by the
   * opening UPDATE: a session that pays just that has nothing left to write on close (what it
   * does not pay is taken back on close). Default: the XP of `pay`.
   */
  xpAhead?: number;
  /** One more scalar subquery, written with `?` placeholders, read with the context: its value is session.extra. */
  extra?: { sql: string; args: unknown[] };
  /**
   * The award the session pays first (with payInSession, as any other). On PostgreSQL the opening
   * statement already inserts its ledger entry and moves today's mission and this month's boss
   * when they count it (payingCtes), so the common award is one round trip.
   */
  pay?: SessionAward;
};

/**
 * The data-modifying CTEs (after a "profile" CTE that opens the session) that pay `award` on
 * PostgreSQL: its ledger entry, inserted only when the profile row was updated, and — only when
 * the entry is new — one step of today's mission and of this month's boss when the award counts
 * for them (missionTypeFor, bossTypeFor; a completed mission or defeated boss stays so).
 * The statement's profile subqueries read the mission and boss as they were before the step.
 */
function payingCtes(award: SessionAward, userId: string, now: Date, at: SessionDay): { sql: string; args: unknown[] } {
  const ctes = [`"entry" AS (${ledgerInsertSql(`SELECT ${Array(10).fill("?").join(", ")} FROM "profile"`)})`];
  const args = ledgerRow({ ...award, userId }, now);
  const step = (table: string, doneColumn: string, periodColumn: string, period: string, type: string) => {
    ctes.push(`"${table}" AS (UPDATE "${table}" SET "progress" = "progress" + 1, "${doneColumn}" = CASE WHEN "progress" + 1 >= "target" THEN CAST(? AS timestamp(3)) END
      WHERE "userId" = ? AND "${periodColumn}" = ? AND "type" = ? AND "${doneColumn}" IS NULL AND EXISTS (SELECT 1 FROM "entry"))`);
    args.push(now, userId, period, type);
  };
  const missionType = missionTypeFor(at, award.rule, award.occurredAt);
  if (missionType) step("DailyMission", "completedAt", "localDate", at.today, missionType);
  const bossType = bossTypeFor(at, award.rule, award.occurredAt);
  if (bossType) step("BossFight", "defeatedAt", "month", monthOfDay(at.today), bossType);
  return { sql: ctes.join(", "), args };
}

/**
 * Opens a session for `userId` inside `tx` in one statement: an update of their GameProfile that
 * locks it (PostgreSQL row lock; SQLite holds its write lock) and adds `xpAhead`, returning XP,
 * level and streak and what awards need — unlocked achievements, today's mission, this month's
 * boss, the last paused day (the pauses are read only when one matters) and, for an outreach, the
 * goal targets and today's and this week's outreach until their goals are paid. For a new player,
 * or on PostgreSQL when another transaction changed the profile while this one waited for it, the
 * profile is created or locked first and the update runs again (three statements more).
 * @param timeZone - the user's time zone when the caller has it (the actor's), saving a query.
 * @throws when the user does not exist.
 */
export async function openGameSession(tx: Tx, userId: string, now: Date, timeZone?: string, options: OpenOptions = {}): Promise<GameSession> {
  const tz = timeZone ?? (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } })).timeZone;
  const today = zonedDay(now, tz);
  const keys = isPostgres() ? `string_agg("key", ',')` : `group_concat("key", ',')`;
  // Scalar subqueries returned with the profile (RETURNING may hold subqueries on both
  // databases), each with its arguments.
  const columns: Array<{ name: string; sql: string; args: unknown[] }> = [
    { name: "unlocked", sql: `(SELECT ${keys} FROM "GameAchievement" WHERE "userId" = ?)`, args: [userId] },
    { name: "lastPauseDay", sql: `(SELECT MAX("toDay") FROM "GamePause" WHERE "userId" = ?)`, args: [userId] },
    {
      name: "mission",
      sql: `(SELECT "id" || '|' || "type" || '|' || "target" || '|' || "reward" || '|' || "progress" || '|' || (CASE WHEN "completedAt" IS NULL THEN '0' ELSE '1' END)
        FROM "DailyMission" WHERE "userId" = ? AND "localDate" = ?)`,
      args: [userId, today],
    },
    {
      name: "boss",
      sql: `(SELECT "id" || '|' || "type" || '|' || "target" || '|' || "reward" || '|' || "progress" || '|' || (CASE WHEN "defeatedAt" IS NULL THEN '0' ELSE '1' END) || '|' || "name"
        FROM "BossFight" WHERE "userId" = ? AND "month" = ?)`,
      args: [userId, monthOfDay(today)],
    },
  ];
  const { day, week } = dayAndWeekOf(now, tz);
  if (options.outreach) {
    // Outreach today and this week, counted only while that period's goal is not yet paid (CASE
    // evaluates the count lazily; NULL: paid): a week's entries cost a row lookup each.
    const count = (goal: string, key: string, period: Period) => ({
      sql: `(CASE WHEN EXISTS (SELECT 1 FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = '${goal}' AND "sourceId" = ?) THEN NULL
        ELSE (SELECT COUNT(*) FROM "GameLedgerEntry" WHERE "userId" = ? AND "rule" = 'OUTREACH_LOGGED' AND "occurredAt" >= ? AND "occurredAt" < ?) END)`,
      args: [userId, key, userId, period.start, period.end],
    });
    columns.push(
      { name: "dailyTarget", sql: `(SELECT "target" FROM "Goal" WHERE "userId" = ? AND "kind" = 'DAILY_OUTREACH')`, args: [userId] },
      { name: "weeklyTarget", sql: `(SELECT "target" FROM "Goal" WHERE "userId" = ? AND "kind" = 'WEEKLY_OUTREACH')`, args: [userId] },
      { name: "dayOutreach", ...count("DAILY_GOAL_HIT", goalPeriodKey("DAILY_OUTREACH", now, tz), day) },
      { name: "weekOutreach", ...count("WEEKLY_GOAL_HIT", goalPeriodKey("WEEKLY_OUTREACH", now, tz), week) },
    );
  }
  if (options.extra) columns.push({ name: "extra", ...options.extra });
  const xpAhead = options.xpAhead ?? options.pay?.xp ?? 0;
  const returning = `RETURNING "xp", "level", "currentStreak", "longestStreak", "streakLastDay", ${columns.map((c) => `${c.sql} AS "${c.name}"`).join(", ")}`;
  // On PostgreSQL the update applies only to the row version the statement's snapshot holds (same
  // xmin): when another transaction changed the profile while this one waited for its lock, the
  // subqueries would have read the world from before that change (READ COMMITTED re-checks just
  // the updated row), so it updates nothing and the session is opened again under the lock.
  const fresh = isPostgres() ? ` AND "xmin" = (SELECT "xmin" FROM "GameProfile" WHERE "userId" = ?)` : "";
  const open = {
    sql: `UPDATE "GameProfile" SET "xp" = "xp" + ?, "updatedAt" = ? WHERE "userId" = ?${fresh} ${returning}`,
    args: [xpAhead, now, userId, ...(fresh ? [userId] : []), ...columns.flatMap((c) => c.args)],
  };
  const pay = isPostgres() ? options.pay : undefined;
  const paying = pay ? payingCtes(pay, userId, now, { timeZone: tz, today }) : null;
  const run = ({ sql, args }: { sql: string; args: unknown[] }) => tx.$queryRawUnsafe<Array<Record<string, unknown>>>(preparedSql(placeholders(sql)), ...args);
  let [row] = await run(paying ? { sql: `WITH "profile" AS (${open.sql}), ${paying.sql} SELECT *, EXISTS (SELECT 1 FROM "entry") AS "paid" FROM "profile"`, args: [...open.args, ...paying.args] } : open);
  const prepaid = pay && row ? { rule: pay.rule, sourceId: pay.sourceId, paid: row.paid === true } : undefined;
  if (!row) {
    // A new player (their profile is created here, safe when two transactions race), or a stale
    // snapshot: with the profile locked first, the update's new snapshot is current (and the
    // award, not paid, is paid by payInSession).
    await lockProfile(tx, userId, now);
    [row] = await run(open);
  }
  const stored = { xp: Number(row.xp), level: Number(row.level), currentStreak: Number(row.currentStreak), longestStreak: Number(row.longestStreak), streakLastDay: (row.streakLastDay as string | null) ?? null };
  const profile: ProfileState = { xp: stored.xp - xpAhead, currentStreak: stored.currentStreak, longestStreak: stored.longestStreak, streakLastDay: stored.streakLastDay };
  // Read the pauses when one touches the last 8 days (goals, consistency), or when any exists and
  // the streak has a gap to bridge.
  const lastPauseDay = (row.lastPauseDay as string | null) ?? null;
  const gap = profile.streakLastDay !== null && profile.streakLastDay < addDaysToDay(today, -1);
  const needPauses = lastPauseDay !== null && (lastPauseDay >= addDaysToDay(today, -8) || gap);
  const pauses = needPauses ? await loadPauseSpans(tx, userId, tz, today) : [];
  const optionalNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const session: GameSession = {
    tx,
    userId,
    timeZone: tz,
    now,
    today,
    pauses,
    profile,
    stored,
    levelBefore: levelForXp(profile.xp),
    touched: new Set(),
    goals: options.outreach
      ? {
          targets: { daily: optionalNumber(row.dailyTarget), weekly: optionalNumber(row.weeklyTarget) },
          hit: { daily: row.dayOutreach === null, weekly: row.weekOutreach === null },
          day,
          week,
          dayCount: Number(row.dayOutreach ?? 0),
          weekCount: Number(row.weekOutreach ?? 0),
        }
      : null,
    unlocked: new Set(typeof row.unlocked === "string" && row.unlocked ? row.unlocked.split(",") : []),
    extra: row.extra,
    prepaid,
  };
  const mission = splitRow(row.mission);
  if (mission) {
    const [id, type, target, reward, progress, done] = mission;
    session.mission = { id, type, target: Number(target), reward: Number(reward), progress: Number(progress), completedAt: done === "1" ? now : null };
  }
  const boss = splitRow(row.boss);
  if (boss) {
    const [id, type, target, reward, progress, done, ...name] = boss;
    session.boss = { id, type, name: name.join("|"), target: Number(target), reward: Number(reward), progress: Number(progress), defeatedAt: done === "1" ? now : null };
  }
  return session;
}

/** Whether local day `day` is paused for the session's user. */
export function sessionDayPaused(session: Pick<GameSession, "pauses">, day: string): boolean {
  return isPausedDay(session.pauses, day);
}

/** One award to pay in a session (the rule's amounts or the award's own, e.g. a mission's reward). */
export type SessionAward = { rule: GameRule | string; sourceType: string; sourceId: string; xp: number; tokens: number; occurredAt: Date; note?: string | null };

/**
 * Pays an award once (the ledger's unique key user + rule + sourceId: a repeat is a no-op) and
 * counts it towards today's mission and this month's boss when its rule is one they count. When
 * their rows were read (at open, or by an earlier award), their new progress is written with the
 * ledger entry (insertLedgerEntry: one statement on PostgreSQL). The session's `pay` award was
 * already written by the opening statement on PostgreSQL (session.prepaid): it is only taken note of.
 * @returns whether it was paid now (false: paid before).
 */
export async function payInSession(session: GameSession, award: SessionAward): Promise<boolean> {
  const mission = missionStep(session, award.rule, award.occurredAt, 1);
  const boss = bossStep(session, award.rule, award.occurredAt, 1);
  const prepaid = session.prepaid?.rule === award.rule && session.prepaid.sourceId === award.sourceId ? session.prepaid : undefined;
  if (prepaid) {
    // Paid (or found paid before) by the opening statement, with the same mission and boss steps.
    session.prepaid = undefined;
    if (!prepaid.paid) return false;
  } else {
    const updates: RowUpdate[] = [...(mission ? [missionUpdate(mission)] : []), ...(boss ? [bossUpdate(boss)] : [])];
    if (!(await insertLedgerEntry(session.tx, { ...award, userId: session.userId }, session.now, updates))) return false;
  }
  session.profile.xp += award.xp;
  for (const [stat, rule] of Object.entries(STAT_RULES)) if (rule === award.rule) session.touched.add(stat as AchievementStat);
  const counts = session.goals;
  if (counts && award.rule === "OUTREACH_LOGGED") {
    const at = award.occurredAt;
    if (at >= counts.day.start && at < counts.day.end) counts.dayCount++;
    if (at >= counts.week.start && at < counts.week.end) counts.weekCount++;
  }
  await countTowardsMission(session, award.rule, award.occurredAt, 1, mission !== null);
  await countTowardsBoss(session, award.rule, award.occurredAt, 1, boss !== null);
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

/** A mission's or boss's move: its new progress, and when it reached its target (null: not yet). */
type CounterStep = { id: string; progress: number; doneAt: Date | null };

/** How an award of the counted `type` moves a mission or boss row by `delta` (null: no row, another type, or already done). */
function counterStep(row: { id: string; type: string; target: number; progress: number } | null | undefined, done: boolean, type: string | undefined, delta: number, now: Date): CounterStep | null {
  if (!row || !type || row.type !== type || done) return null;
  const progress = Math.max(0, row.progress + delta);
  return { id: row.id, progress, doneAt: progress >= row.target ? now : null };
}

/** How an award of `rule` at `occurredAt` moves today's mission, as read so far (null: it does not, or the mission is not read yet). */
function missionStep(session: GameSession, rule: string, occurredAt: Date, delta: number): CounterStep | null {
  return counterStep(session.mission, Boolean(session.mission?.completedAt), missionTypeFor(session, rule, occurredAt), delta, session.now);
}

/** How an award of `rule` at `occurredAt` moves this month's boss, as read so far (null: it does not, or the boss is not read yet). */
function bossStep(session: GameSession, rule: string, occurredAt: Date, delta: number): CounterStep | null {
  return counterStep(session.boss, Boolean(session.boss?.defeatedAt), bossTypeFor(session, rule, occurredAt), delta, session.now);
}

const missionUpdate = (step: CounterStep): RowUpdate => ({ table: "DailyMission", id: step.id, values: { progress: step.progress, completedAt: step.doneAt } });
const bossUpdate = (step: CounterStep): RowUpdate => ({ table: "BossFight", id: step.id, values: { progress: step.progress, defeatedAt: step.doneAt } });

/**
 * Moves today's mission by `delta` when `rule` counts for its type and the award happened today
 * (a back-dated log does not count for today's mission); reaching the target completes it and pays
 * its reward once. A completed mission stays completed.
 * @param written - whether the move was already written (with the award's ledger entry, payInSession).
 */
export async function countTowardsMission(session: GameSession, rule: string, occurredAt: Date, delta: number, written = false): Promise<void> {
  if (!missionTypeFor(session, rule, occurredAt)) return;
  const mission = await sessionMission(session);
  const step = missionStep(session, rule, occurredAt, delta);
  if (!mission || !step) return;
  if (!written) await applyRowUpdate(session.tx, missionUpdate(step));
  mission.progress = step.progress;
  mission.completedAt = step.doneAt;
  if (!step.doneAt) return;
  await payInSession(session, { rule: "MISSION_COMPLETED", sourceType: "mission", sourceId: mission.id, xp: 0, tokens: mission.reward, occurredAt: session.now, note: mission.type });
  await createNotification(session.tx, { userId: session.userId, kind: "MISSION_COMPLETED", title: "Mission complete!", body: `+${mission.reward} tokens`, href: "/missions" }, session.now);
}

/**
 * Moves this month's boss by `delta` when `rule` counts for its type and the award happened this
 * month; reaching the target defeats it: its reward is paid once and a "Boss defeated!"
 * notification is created. Pause mode does not stop boss fights.
 * @param written - whether the move was already written (with the award's ledger entry, payInSession).
 */
export async function countTowardsBoss(session: GameSession, rule: string, occurredAt: Date, delta: number, written = false): Promise<void> {
  if (!bossTypeFor(session, rule, occurredAt)) return;
  const boss = await sessionBoss(session);
  const step = bossStep(session, rule, occurredAt, delta);
  if (!step) return;
  if (!written) await applyRowUpdate(session.tx, bossUpdate(step));
  boss.progress = step.progress;
  boss.defeatedAt = step.doneAt;
  if (!step.doneAt) return;
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
 * Closes a session: writes the profile (XP, level, streak) when it differs from the stored row
 * (e.g. XP paid beyond the opening's `xpAhead`, a streak day, a level crossed), then a level-up's
 * notification and reward unlocks, then achievements of the stats that changed.
 */
export async function closeGameSession(session: GameSession): Promise<{ xp: number; levelBefore: number; levelAfter: number }> {
  const levelAfter = levelForXp(session.profile.xp);
  const { xp, currentStreak, longestStreak, streakLastDay } = session.profile;
  const stored = session.stored;
  if (xp !== stored.xp || levelAfter !== stored.level || currentStreak !== stored.currentStreak || longestStreak !== stored.longestStreak || streakLastDay !== stored.streakLastDay) {
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
    session.stored = { xp, level: levelAfter, currentStreak, longestStreak, streakLastDay };
  }
  if (levelAfter > session.levelBefore) {
    session.touched.add("level");
    await levelUp(session, session.levelBefore, levelAfter);
  }
  await unlockAchievements(session);
  return { xp, levelBefore: session.levelBefore, levelAfter };
}
