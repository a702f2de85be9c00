import { addDaysToDay } from "./local-days";

/** The shortest and longest pause, in days (issue 14: 1–14 days). */
export const PAUSE_MIN_DAYS = 1;
export const PAUSE_MAX_DAYS = 14;

/**
 * A pause as the rules see it: its first and last planned local days (yyyy-MM-dd, the user's time
 * zone, inclusive) and, when it was ended early, the local day it was ended on.
 */
export type PauseSpan = { fromDay: string; toDay: string; endedDay: string | null };

/**
 * The last day a pause covers: its planned last day, or — ended early — the day before it was
 * ended (the day of ending counts as a normal day again). May be before `fromDay` (no day paused).
 */
export function lastPausedDay(pause: PauseSpan): string {
  if (pause.endedDay === null) return pause.toDay;
  const dayBefore = addDaysToDay(pause.endedDay, -1);
  return dayBefore < pause.toDay ? dayBefore : pause.toDay;
}

/** Whether `day` (yyyy-MM-dd) is paused by any of `pauses`. */
export function isPausedDay(pauses: readonly PauseSpan[], day: string): boolean {
  return pauses.some((p) => p.fromDay <= day && day <= lastPausedDay(p));
}

/** The pause covering `today`, if any. */
export function activePauseOn<P extends PauseSpan>(pauses: readonly P[], today: string): P | null {
  return pauses.find((p) => p.fromDay <= today && today <= lastPausedDay(p)) ?? null;
}

/** The days a new pause of `days` days starting `today` covers: today to today + days − 1. */
export function plannedPause(today: string, days: number): { fromDay: string; toDay: string } {
  return { fromDay: today, toDay: addDaysToDay(today, days - 1) };
}
