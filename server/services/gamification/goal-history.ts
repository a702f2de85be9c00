import { zonedDay } from "@/lib/dates";
import type { GoalKind } from "@/lib/gamification/goals";
import { GOAL_SETTINGS } from "@/lib/gamification/goals";
import { isPausedDay } from "@/lib/gamification/pause";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import { dayPeriod, monthPeriod, weekPeriod, type Period } from "@/lib/periods";
import type { Db, Tx } from "@/server/db";
import { OUTREACH_WHERE } from "@/server/services/metrics/metrics-filters";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { loadPauseSpans } from "./game-session";

/** The last `count` complete periods before the one `now` is in (oldest first). */
function pastPeriods(kind: GoalKind, now: Date, tz: string, count: number): Period[] {
  const of = kind === "DAILY_OUTREACH" ? dayPeriod : kind === "WEEKLY_OUTREACH" ? weekPeriod : monthPeriod;
  return Array.from({ length: count }, (_, i) => of(now, tz, i - count));
}

function bucket(instants: readonly Date[], periods: readonly Period[], weights?: readonly number[]): number[] {
  const totals = periods.map(() => 0);
  instants.forEach((at, i) => {
    const index = periods.findIndex((p) => at >= p.start && at < p.end);
    if (index >= 0) totals[index] += weights ? weights[i] : 1;
  });
  return totals;
}

/**
 * The user's totals of a goal over its last N complete periods (GOAL_SETTINGS: 14 days, 8 weeks or
 * 6 months, in `timeZone`), oldest first — the history recommendTarget reads:
 * - outreach: their outbound touches (OUTREACH_WHERE, by author), paused days left out;
 * - revenue: projects PAID in the month of companies they own, in minor units of the base
 *   currency (currencies without an exchange rate left out), as the dashboard's project revenue;
 * - deals: deals they own closed in a WON stage in the month.
 * @param now - the current instant.
 */
export async function loadGoalHistory(db: Db | Tx, userId: string, timeZone: string, kind: GoalKind, now: Date): Promise<number[]> {
  const periods = pastPeriods(kind, now, timeZone, GOAL_SETTINGS[kind].periods);
  const range = { gte: periods[0].start, lt: periods[periods.length - 1].end };
  if (kind === "DAILY_OUTREACH" || kind === "WEEKLY_OUTREACH") {
    const rows = await db.activity.findMany({ where: { ...OUTREACH_WHERE, authorId: userId, occurredAt: range }, select: { occurredAt: true } });
    const totals = bucket(rows.map((r) => r.occurredAt), periods);
    if (kind === "WEEKLY_OUTREACH") return totals;
    const pauses = await loadPauseSpans(db, userId, timeZone, zonedDay(now, timeZone));
    return totals.filter((_, i) => !isPausedDay(pauses, zonedDay(periods[i].start, timeZone)));
  }
  if (kind === "MONTHLY_DEALS") {
    const rows = await db.deal.findMany({ where: { ownerId: userId, stage: { kind: "WON" }, closedAt: range }, select: { closedAt: true } });
    return bucket(rows.map((r) => r.closedAt as Date), periods);
  }
  const [rows, rates] = await Promise.all([
    db.project.findMany({ where: { status: "PAID", paidAt: range, company: { ownerId: userId, deletedAt: null } }, select: { paidAt: true, amount: true, currency: true } }),
    getExchangeRates(db),
  ]);
  return periods.map((p) => sumInBase(rows.filter((r) => r.paidAt && r.paidAt >= p.start && r.paidAt < p.end).map((r) => ({ currency: r.currency, amount: Number(r.amount) })), rates).total);
}

/**
 * The user's progress on a goal in the period `now` is in (their time zone): outreach counted from
 * the game ledger (OUTREACH_LOGGED, what pays the goal), revenue and deals as in loadGoalHistory.
 */
export async function loadGoalProgress(db: Db | Tx, userId: string, timeZone: string, kind: GoalKind, now: Date): Promise<number> {
  if (kind === "DAILY_OUTREACH" || kind === "WEEKLY_OUTREACH") {
    const { start, end } = kind === "DAILY_OUTREACH" ? dayPeriod(now, timeZone) : weekPeriod(now, timeZone);
    return db.gameLedgerEntry.count({ where: { userId, rule: "OUTREACH_LOGGED", occurredAt: { gte: start, lt: end } } });
  }
  const { start, end } = monthPeriod(now, timeZone);
  if (kind === "MONTHLY_DEALS") return db.deal.count({ where: { ownerId: userId, stage: { kind: "WON" }, closedAt: { gte: start, lt: end } } });
  const [rows, rates] = await Promise.all([
    db.project.groupBy({ by: ["currency"], where: { status: "PAID", paidAt: { gte: start, lt: end }, company: { ownerId: userId, deletedAt: null } }, _sum: { amount: true } }),
    getExchangeRates(db),
  ]);
  return sumInBase(rows.map((g) => ({ currency: g.currency, amount: Number(g._sum.amount ?? 0) })), rates).total;
}
