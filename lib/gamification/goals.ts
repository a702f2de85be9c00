import { zonedDay } from "@/lib/dates";
import { isoWeekKey } from "./local-days";

/** The four goals (issue 14), in the order the goals page shows them; mirrors the Prisma enum GoalKind (tests/unit/gamification-rules.test.ts). */
export const GOAL_KINDS = ["DAILY_OUTREACH", "WEEKLY_OUTREACH", "MONTHLY_REVENUE", "MONTHLY_DEALS"] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** How a goal is measured and recommended. */
export const GOAL_SETTINGS: Record<GoalKind, { label: string; unit: "count" | "money"; periods: number; floor: number; step: number }> = {
  /** Outreach (outbound touches) per local day: the last 14 days, at least 5. */
  DAILY_OUTREACH: { label: "Daily outreach", unit: "count", periods: 14, floor: 5, step: 1 },
  /** Outreach per week (Monday to Sunday): the last 8 complete weeks, at least 25. */
  WEEKLY_OUTREACH: { label: "Weekly outreach", unit: "count", periods: 8, floor: 25, step: 1 },
  /** Paid project revenue per calendar month, minor units of the base currency: the last 6 complete months, at least 100,000 (1,000.00), in steps of 10,000 (100.00). */
  MONTHLY_REVENUE: { label: "Monthly revenue", unit: "money", periods: 6, floor: 100_000, step: 10_000 },
  /** Deals closed won per calendar month: the last 6 complete months, at least 1. */
  MONTHLY_DEALS: { label: "Monthly deals", unit: "count", periods: 6, floor: 1, step: 1 },
};

/** The largest target a goal may be set to (counts; money in minor units). */
export const GOAL_MAX_TARGET: Record<GoalKind, number> = { DAILY_OUTREACH: 1_000, WEEKLY_OUTREACH: 5_000, MONTHLY_REVENUE: 1_000_000_000, MONTHLY_DEALS: 1_000 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The recommended target of a goal from the user's own history (issue 14: "document the rule"):
 * the median of the last N complete periods that had any (periods with none — holidays, days off —
 * are left out so they do not drag it down), raised by 10% and rounded up to the goal's step, and
 * never below the goal's floor (GOAL_SETTINGS: N and floors). No history gives the floor.
 * Example (daily outreach): last 14 days 3,0,5,8,4,0,6,0,… → active days 3,4,5,6,8 → median 5 →
 * 5.5 → 6.
 * @param history - the totals of the last N complete periods (any order; extra ones are ignored by the caller).
 */
export function recommendTarget(kind: GoalKind, history: readonly number[]): number {
  const { floor, step } = GOAL_SETTINGS[kind];
  const active = history.filter((v) => v > 0);
  if (active.length === 0) return floor;
  // Rounded to 6 decimals first so 5 × 1.1 = 5.500000000000001 does not round up a step too far.
  const raised = Math.round(median(active) * 1.1 * 1e6) / 1e6;
  return Math.max(floor, Math.ceil(raised / step) * step);
}

/**
 * The key of the goal period `at` falls in, in `tz`: the goal-hit award's source id, so a period
 * pays once — "DAILY_OUTREACH:2026-12-06", "WEEKLY_OUTREACH:2026-W49" (ISO week), "MONTHLY_REVENUE:2026-12",
 * "MONTHLY_DEALS:2026-12".
 */
export function goalPeriodKey(kind: GoalKind, at: Date, tz: string): string {
  const day = zonedDay(at, tz);
  if (kind === "DAILY_OUTREACH") return `${kind}:${day}`;
  if (kind === "WEEKLY_OUTREACH") return `${kind}:${isoWeekKey(day)}`;
  return `${kind}:${day.slice(0, 7)}`;
}
