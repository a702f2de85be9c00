import { randomUUID } from "node:crypto";
import { levelForXp } from "@/lib/gamification/levels";
import { isPostgres, preparedSql, type Db, type Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { sqlPlaceholders } from "@/server/sql-placeholders";

/** One award (or spend) for the ledger: what paid, for which source, and how much. */
export type LedgerAward = {
  userId: string;
  /** The rule that pays (e.g. OUTREACH_LOGGED); with `sourceId` it is the award's idempotency key. */
  rule: string;
  /** What the source is: "activity", "task", "deal", "goal", "streak", "mission", "boss", "purchase"… */
  sourceType: string;
  /** The source's id (or a period key such as "DAILY_OUTREACH:2026-12-06"). */
  sourceId: string;
  xp: number;
  tokens: number;
  occurredAt: Date;
  note?: string | null;
};

/** What an award changed: whether it was new, and the user's level before and after. */
export type AwardOutcome = { created: boolean; xp: number; levelBefore: number; levelAfter: number };

/**
 * Makes sure `userId` has a GameProfile row (one `INSERT … ON CONFLICT DO NOTHING`, safe when two
 * transactions race on a new user).
 */
export async function ensureGameProfile(db: Db | Tx, userId: string, now: Date): Promise<void> {
  await db.$executeRawUnsafe(`INSERT INTO "GameProfile" ("userId", "updatedAt") VALUES (${sqlPlaceholders(2)}) ON CONFLICT ("userId") DO NOTHING`, userId, now);
}

/**
 * Locks the user's GameProfile row until `tx` ends (PostgreSQL `SELECT … FOR UPDATE`; SQLite has
 * one writer, so its write transaction already serializes), creating it if needed. Every award and
 * spend takes this lock first, so one user's ledger changes one at a time: two purchases at once
 * cannot both see the same balance.
 * @returns the profile's XP before the change.
 */
export async function lockProfile(tx: Tx, userId: string, now: Date): Promise<number> {
  await ensureGameProfile(tx, userId, now);
  if (isPostgres()) {
    const [row] = await tx.$queryRawUnsafe<Array<{ xp: number }>>(`SELECT "xp" FROM "GameProfile" WHERE "userId" = $1 FOR UPDATE`, userId);
    return Number(row.xp);
  }
  // A write first, so SQLite takes its write lock before the read (no stale read under a deferred transaction).
  const profile = await tx.gameProfile.update({ where: { userId }, data: { updatedAt: now }, select: { xp: true } });
  return profile.xp;
}

/** Adds `xpDelta` to the profile's XP and sets the level it reaches. */
async function applyXp(tx: Tx, userId: string, xpBefore: number, xpDelta: number, now: Date): Promise<AwardOutcome> {
  const xp = xpBefore + xpDelta;
  const levelBefore = levelForXp(xpBefore);
  const levelAfter = levelForXp(xp);
  await tx.gameProfile.update({ where: { userId }, data: { xp, level: levelAfter, updatedAt: now } });
  return { created: true, xp, levelBefore, levelAfter };
}

/** A row an award moves (today's mission or this month's boss): the columns to set on the row with `id`. */
export type RowUpdate = { table: "DailyMission" | "BossFight"; id: string; values: Record<string, string | number | Date | null> };

/** `UPDATE` SQL of a row update, its placeholders numbered from `start` (PostgreSQL), and its arguments. */
function updateSql(update: RowUpdate, start: number): { sql: string; args: unknown[] } {
  const columns = Object.keys(update.values);
  const set = columns.map((column, i) => `"${column}" = ${sqlPlaceholders(1, start + i)}`).join(", ");
  return { sql: `UPDATE "${update.table}" SET ${set} WHERE "id" = ${sqlPlaceholders(1, start + columns.length)}`, args: [...Object.values(update.values), update.id] };
}

/** Applies one row update (RowUpdate) inside `tx`. */
export async function applyRowUpdate(tx: Tx, update: RowUpdate): Promise<void> {
  const { sql, args } = updateSql(update, 1);
  await tx.$executeRawUnsafe(sql, ...args);
}

/**
 * SQL inserting one ledger entry from `source` (`VALUES (…)` or a `SELECT` of ten values, in
 * ledgerRow's order) unless the user already has one for the same rule and source; it returns
 * the id of a row it inserted.
 */
export function ledgerInsertSql(source: string): string {
  return `INSERT INTO "GameLedgerEntry" ("id", "userId", "rule", "sourceType", "sourceId", "xp", "tokens", "note", "occurredAt", "createdAt")
     ${source} ON CONFLICT ("userId", "rule", "sourceId") DO NOTHING RETURNING "id"`;
}

/** The ten values ledgerInsertSql inserts for `entry` (a new id), written at `createdAt`. */
export function ledgerRow(entry: LedgerAward, createdAt: Date): unknown[] {
  return [randomUUID(), entry.userId, entry.rule, entry.sourceType, entry.sourceId, entry.xp, entry.tokens, entry.note ?? null, entry.occurredAt, createdAt];
}

/**
 * Inserts one ledger entry unless the user already has one for the same rule and source (one
 * `INSERT … ON CONFLICT ("userId", "rule", "sourceId") DO NOTHING`, the same SQL on both databases),
 * and, only when it is inserted, applies `updates` (the mission and boss it moves): on PostgreSQL
 * in the same statement (data-modifying CTEs guarded by the insert's RETURNING), on SQLite one
 * statement each after it. Callers hold the user's profile lock (lockProfile, or an open game session).
 * @param createdAt - when it is written.
 * @returns whether it was inserted (false: that source was paid before; nothing was updated).
 */
export async function insertLedgerEntry(tx: Tx, entry: LedgerAward, createdAt: Date, updates: readonly RowUpdate[] = []): Promise<boolean> {
  const insert = ledgerInsertSql(`VALUES (${sqlPlaceholders(10)})`);
  const values = ledgerRow(entry, createdAt);
  if (updates.length > 0 && isPostgres()) {
    const ctes: string[] = [];
    const args: unknown[] = [...values];
    for (const [i, update] of updates.entries()) {
      const { sql, args: updateArgs } = updateSql(update, args.length + 1);
      ctes.push(`"u${i}" AS (${sql} AND EXISTS (SELECT 1 FROM "entry"))`);
      args.push(...updateArgs);
    }
    const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(preparedSql(`WITH "entry" AS (${insert}), ${ctes.join(", ")} SELECT "id" FROM "entry"`), ...args);
    return rows.length > 0;
  }
  const inserted = (await tx.$queryRawUnsafe<Array<{ id: string }>>(preparedSql(insert), ...values)).length > 0;
  if (inserted) for (const update of updates) await applyRowUpdate(tx, update);
  return inserted;
}

/**
 * Pays one award inside `tx`, once: the ledger's unique key (user, rule, sourceId) makes a second
 * award for the same source a no-op (`created: false`). Keeps GameProfile.xp and level in step.
 * @throws ValidationError for a negative XP or token amount (spends go through spendTokensInTx).
 */
export async function awardInTx(tx: Tx, award: LedgerAward): Promise<AwardOutcome> {
  if (award.xp < 0 || award.tokens < 0) throw new ValidationError("An award cannot be negative.");
  const xpBefore = await lockProfile(tx, award.userId, award.occurredAt);
  const created = await insertLedgerEntry(tx, award, award.occurredAt);
  const level = levelForXp(xpBefore);
  if (!created) return { created: false, xp: xpBefore, levelBefore: level, levelAfter: level };
  if (award.xp === 0) return { created: true, xp: xpBefore, levelBefore: level, levelAfter: level };
  return applyXp(tx, award.userId, xpBefore, award.xp, award.occurredAt);
}

/** The user's token balance: the sum of their ledger's tokens (never negative). */
export async function tokenBalance(db: Db | Tx, userId: string): Promise<number> {
  const sum = await db.gameLedgerEntry.aggregate({ where: { userId }, _sum: { tokens: true } });
  return sum._sum.tokens ?? 0;
}

/**
 * Spends `amount` tokens inside `tx` (a negative ledger entry under `rule`, e.g. PURCHASE, keyed by
 * `sourceId`), after locking the user's profile so concurrent spends are checked one at a time.
 * @throws ValidationError when `amount` is not a positive whole number or the balance is short.
 * @returns the balance after the spend.
 */
export async function spendTokensInTx(
  tx: Tx,
  spend: { userId: string; rule: string; sourceType: string; sourceId: string; amount: number; note: string | null; now: Date },
): Promise<number> {
  if (!Number.isInteger(spend.amount) || spend.amount <= 0) throw new ValidationError("The price must be a positive whole number of tokens.");
  await lockProfile(tx, spend.userId, spend.now);
  const balance = await tokenBalance(tx, spend.userId);
  if (balance < spend.amount) throw new ValidationError(`Not enough tokens: this costs ${spend.amount} and you have ${balance}.`);
  await tx.gameLedgerEntry.create({
    data: { userId: spend.userId, rule: spend.rule, sourceType: spend.sourceType, sourceId: spend.sourceId, xp: 0, tokens: -spend.amount, note: spend.note, occurredAt: spend.now, createdAt: spend.now },
  });
  return balance - spend.amount;
}
