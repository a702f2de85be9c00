import { addDaysToDay, daysFromTo } from "./local-days";

/** A user's streak as GameProfile keeps it: current and longest lengths (days) and the last day counted. */
export type StreakState = { current: number; longest: number; lastDay: string | null };

/** Whether every day strictly between `after` and `before` is paused (true when there are none). */
function gapIsPaused(after: string, before: string, isPaused: (day: string) => boolean): boolean {
  const from = addDaysToDay(after, 1);
  const to = addDaysToDay(before, -1);
  return daysFromTo(from, to).every(isPaused);
}

/**
 * The streak after an outreach on local day `day` (issue 14: consecutive days with at least one
 * outreach, in the user's time zone). Paused days neither break nor extend it: an outreach on a
 * paused day changes nothing, and paused days between two active days are skipped over. An
 * outreach on the last counted day or earlier (a back-dated log) changes nothing either.
 * @returns the new state and `reached`: the length the streak reached that day (null when unchanged).
 */
export function advanceStreak(state: StreakState, day: string, isPaused: (day: string) => boolean): { state: StreakState; reached: number | null } {
  if (isPaused(day)) return { state, reached: null };
  if (state.lastDay !== null && day <= state.lastDay) return { state, reached: null };
  const continues = state.lastDay !== null && state.current > 0 && gapIsPaused(state.lastDay, day, isPaused);
  const current = continues ? state.current + 1 : 1;
  return { state: { current, longest: Math.max(state.longest, current), lastDay: day }, reached: current };
}

/**
 * The current streak as of local day `today`: the stored length while it is alive (its last day is
 * today, or every day after it up to yesterday was paused: today is not over yet), else 0.
 */
export function currentStreakOn(state: StreakState, today: string, isPaused: (day: string) => boolean): number {
  if (state.lastDay === null || state.current === 0) return 0;
  if (state.lastDay >= today) return state.current;
  return gapIsPaused(state.lastDay, today, isPaused) ? state.current : 0;
}

/**
 * The streak that ends on the latest of `activeDays` (distinct local days with outreach), walking
 * back over consecutive days and skipping paused ones; used to recompute after an outreach is deleted.
 * Paused active days do not count.
 */
export function streakEndingAtLatest(activeDays: ReadonlySet<string>, isPaused: (day: string) => boolean): { current: number; lastDay: string | null } {
  const counted = [...activeDays].filter((d) => !isPaused(d)).sort();
  if (counted.length === 0) return { current: 0, lastDay: null };
  const lastDay = counted[counted.length - 1];
  let current = 1;
  let day = lastDay;
  for (;;) {
    let previous = addDaysToDay(day, -1);
    while (isPaused(previous)) previous = addDaysToDay(previous, -1);
    if (!activeDays.has(previous)) break;
    current++;
    day = previous;
  }
  return { current, lastDay };
}
