/** One local day of the consistency window: its outreach, whether the daily goal was hit, and whether it was paused. */
export type ConsistencyDay = { day: string; outreach: number; goalHit: boolean; paused: boolean; today: boolean };

/** One part of the score, for the breakdown chart: its share (0–1), weight and the points it gives. */
export type ConsistencyComponent = { key: "active" | "goals" | "spread"; label: string; value: number; weight: number; points: number };

/** The consistency score (null when no day counts: all paused) and what it is made of. */
export type ConsistencyBreakdown = { score: number | null; countedDays: number; activeDays: number; goalDays: number; components: ConsistencyComponent[] };

/** How many local days the score looks back over (issue 14: the last 7 days). */
export const CONSISTENCY_DAYS = 7;

/** The weights of the three parts (they add up to 100). */
export const CONSISTENCY_WEIGHTS = { active: 50, goals: 30, spread: 20 } as const;

/**
 * The consistency score, 0–100, over the last 7 local days (today and the 6 before it):
 *
 *   score = round(50 × active + 30 × goals + 20 × spread)
 *
 * - counted days: the 7 days minus paused days, and minus today while it has no outreach yet
 *   (today is not over, so it cannot count against the user);
 * - active = counted days with at least one outreach / counted days;
 * - goals  = counted days whose daily outreach goal was hit / counted days;
 * - spread = (mean outreach per counted day) / (the most on any counted day): 1 when every day
 *   has the same number, 1/n when everything was done on one day, 0 with no outreach.
 * No counted day (a week of pause) gives no score (null), not 0.
 * @param days - the window's days (any order); outreach counts are the user's outbound touches.
 */
export function consistencyScore(days: readonly ConsistencyDay[]): ConsistencyBreakdown {
  const counted = days.filter((d) => !d.paused && !(d.today && d.outreach === 0));
  const n = counted.length;
  const activeDays = counted.filter((d) => d.outreach > 0).length;
  const goalDays = counted.filter((d) => d.goalHit).length;
  const total = counted.reduce((sum, d) => sum + d.outreach, 0);
  const most = counted.reduce((max, d) => Math.max(max, d.outreach), 0);
  const active = n === 0 ? 0 : activeDays / n;
  const goals = n === 0 ? 0 : goalDays / n;
  const spread = n === 0 || most === 0 ? 0 : total / n / most;
  const part = (key: ConsistencyComponent["key"], label: string, value: number): ConsistencyComponent => ({
    key,
    label,
    value,
    weight: CONSISTENCY_WEIGHTS[key],
    points: Math.round(value * CONSISTENCY_WEIGHTS[key] * 10) / 10,
  });
  const components = [part("active", "Days active", active), part("goals", "Daily goal hit", goals), part("spread", "Even spread", spread)];
  const score = n === 0 ? null : Math.round(CONSISTENCY_WEIGHTS.active * active + CONSISTENCY_WEIGHTS.goals * goals + CONSISTENCY_WEIGHTS.spread * spread);
  return { score, countedDays: n, activeDays, goalDays, components };
}
