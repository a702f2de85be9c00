import { zonedDay } from "@/lib/dates";
import { GAME_RULES } from "@/lib/gamification/rules";
import { GOAL_KINDS, GOAL_SETTINGS, goalPeriodKey, recommendTarget, type GoalKind } from "@/lib/gamification/goals";
import { isPausedDay } from "@/lib/gamification/pause";
import { goalKindSchema, goalTargetInputSchema, type GoalTargetInput } from "@/lib/validation/goals";
import { monthPeriod } from "@/lib/periods";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { getDb, type Db, type Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { closeGameSession, loadPauseSpans, openGameSession, payInSession } from "./game-session";
import { loadGoalHistory, loadGoalProgress } from "./goal-history";

/** A goal as the goals page shows it. Money (revenue) is in minor units of `currency`, the base currency. */
export type GoalView = {
  kind: GoalKind;
  label: string;
  unit: "count" | "money";
  currency: string | null;
  /** The target in force: the manual one when `manual`, else the recommendation. */
  target: number;
  recommended: number;
  manual: boolean;
  /** This period's progress (today, this week, this month in the user's time zone). */
  progress: number;
  periodKey: string;
  periodLabel: string;
  hit: boolean;
  /** Today is paused (the daily goal is frozen). */
  paused: boolean;
};

function periodLabel(kind: GoalKind, now: Date, tz: string): string {
  const local = new TZDate(now.getTime(), tz);
  if (kind === "DAILY_OUTREACH") return "Today";
  if (kind === "WEEKLY_OUTREACH") return "This week";
  return format(local, "MMMM yyyy");
}

/** The recommended target of `kind` for the user now (recommendTarget over loadGoalHistory). */
async function recommendedTarget(db: Db | Tx, userId: string, timeZone: string, kind: GoalKind, now: Date): Promise<number> {
  return recommendTarget(kind, await loadGoalHistory(db, userId, timeZone, kind, now));
}

/**
 * Stores the recommended targets of the user's goals that are not manual (creating missing rows),
 * so awards read a target without computing history. Run by getGoals, ensureGameDefaults and the
 * hourly GAMIFICATION_ROLLOVER job.
 * @returns the recommendation of each goal.
 */
export async function refreshRecommendedGoals(userId: string, now: Date, db: Db = getDb()): Promise<Record<GoalKind, number>> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const [rows, ...recommended] = await Promise.all([
    db.goal.findMany({ where: { userId }, select: { kind: true, target: true, manual: true } }),
    ...GOAL_KINDS.map((kind) => recommendedTarget(db, userId, user.timeZone, kind, now)),
  ]);
  const out = {} as Record<GoalKind, number>;
  for (const [i, kind] of GOAL_KINDS.entries()) {
    out[kind] = recommended[i];
    const row = rows.find((r) => r.kind === kind);
    if (row && (row.manual || row.target === recommended[i])) continue;
    await db.goal.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, target: recommended[i], manual: false, updatedAt: now }, update: { target: recommended[i], updatedAt: now } });
  }
  return out;
}

/**
 * The user's four goals with their target, recommendation (from their own history, see
 * lib/gamification/goals.ts recommendTarget), manual flag and progress this period. Non-manual
 * targets follow the recommendation (stored as it changes); a monthly revenue goal reached pays
 * its award here too (settleGoals).
 * @param now - the current instant; periods are the user's time zone.
 */
export async function getGoals(userId: string, now: Date): Promise<GoalView[]> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const tz = user.timeZone;
  const [recommended, rows, progress, rates, pauses] = await Promise.all([
    refreshRecommendedGoals(userId, now, db),
    db.goal.findMany({ where: { userId }, select: { kind: true, target: true, manual: true } }),
    Promise.all(GOAL_KINDS.map((kind) => loadGoalProgress(db, userId, tz, kind, now))),
    getExchangeRates(db),
    loadPauseSpans(db, userId, tz, zonedDay(now, tz)),
  ]);
  const paused = isPausedDay(pauses, zonedDay(now, tz));
  const goals = GOAL_KINDS.map((kind, i): GoalView => {
    const row = rows.find((r) => r.kind === kind);
    const manual = row?.manual ?? false;
    const target = manual && row ? row.target : recommended[kind];
    const { label, unit } = GOAL_SETTINGS[kind];
    return {
      kind,
      label,
      unit,
      currency: unit === "money" ? rates.base : null,
      target,
      recommended: recommended[kind],
      manual,
      progress: progress[i],
      periodKey: goalPeriodKey(kind, now, tz),
      periodLabel: periodLabel(kind, now, tz),
      hit: progress[i] >= target,
      paused: paused && kind === "DAILY_OUTREACH",
    };
  });
  if (goals.some((g) => g.kind === "MONTHLY_REVENUE" && g.hit)) await settleGoals(userId, now);
  return goals;
}

/**
 * "Keep manual": sets the actor's own target of a goal and keeps it (the recommendation no longer
 * replaces it) until resetGoalToRecommended.
 * @param input - { kind, target }: outreach and deals are counts, revenue minor units of the base currency.
 * @throws ValidationError for an unknown goal or a target out of range.
 */
export async function setGoalTarget(actor: Actor, input: GoalTargetInput, now: Date): Promise<void> {
  const { kind, target } = parseOrThrow(goalTargetInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.goal.findUnique({ where: { userId_kind: { userId: actor.id, kind } }, select: { target: true, manual: true } });
    await tx.goal.upsert({ where: { userId_kind: { userId: actor.id, kind } }, create: { userId: actor.id, kind, target, manual: true, updatedAt: now }, update: { target, manual: true, updatedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Goal", entityId: `${actor.id}:${kind}`, changes: { target: [before?.target ?? null, target], manual: [before?.manual ?? false, true] } });
  });
}

/**
 * "Reset to recommended": the goal follows the recommendation from the actor's history again.
 * @throws ValidationError for an unknown goal.
 * @returns the recommended target now in force.
 */
export async function resetGoalToRecommended(actor: Actor, kind: GoalKind, now: Date): Promise<{ target: number }> {
  const parsed = parseOrThrow(goalKindSchema, kind);
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
  const target = await recommendedTarget(db, actor.id, user.timeZone, parsed, now);
  await db.$transaction(async (tx) => {
    const before = await tx.goal.findUnique({ where: { userId_kind: { userId: actor.id, kind: parsed } }, select: { target: true, manual: true } });
    await tx.goal.upsert({ where: { userId_kind: { userId: actor.id, kind: parsed } }, create: { userId: actor.id, kind: parsed, target, manual: false, updatedAt: now }, update: { target, manual: false, updatedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Goal", entityId: `${actor.id}:${parsed}`, changes: { target: [before?.target ?? null, target], manual: [before?.manual ?? false, false] } });
  });
  return { target };
}

/**
 * Pays the monthly revenue goal (+50 XP, once per month: source id "MONTHLY_REVENUE:2026-12") when
 * the paid project revenue of this month — or of last month, checked until it is settled — reached
 * the target. Outreach goals are paid as outreach is logged; this one follows payments made
 * anywhere, so it runs from the hourly GAMIFICATION_ROLLOVER job and from getGoals.
 * @param now - the current instant.
 * @returns whether an award was paid now.
 */
export async function settleGoals(userId: string, now: Date): Promise<boolean> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const goal = await db.goal.findUnique({ where: { userId_kind: { userId, kind: "MONTHLY_REVENUE" } }, select: { target: true } });
  const target = goal?.target ?? GOAL_SETTINGS.MONTHLY_REVENUE.floor;
  let paid = false;
  for (const offset of [-1, 0]) {
    const month = monthPeriod(now, user.timeZone, offset);
    // Measured at the month's last instant for a past month, at now for this one.
    const at = offset === 0 ? now : new Date(month.end.getTime() - 1);
    const revenue = await loadGoalProgress(db, userId, user.timeZone, "MONTHLY_REVENUE", at);
    if (revenue < target) continue;
    const rule = GAME_RULES.MONTHLY_REVENUE_GOAL_HIT;
    paid =
      (await db.$transaction(async (tx) => {
        const session = await openGameSession(tx, userId, now);
        const created = await payInSession(session, { rule: "MONTHLY_REVENUE_GOAL_HIT", sourceType: "goal", sourceId: goalPeriodKey("MONTHLY_REVENUE", at, user.timeZone), xp: rule.xp, tokens: rule.tokens, occurredAt: at });
        await closeGameSession(session);
        return created;
      })) || paid;
  }
  return paid;
}
