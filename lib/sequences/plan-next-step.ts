import { nextSendInstant, waitUntil, type SendWindow } from "./send-window";

/** What planning needs of a step. */
export type PlannedStep = { position: number; kind: "EMAIL" | "TASK" | "WAIT"; waitDays: number | null; businessDays: boolean };

/** A wait passed over while planning: its position and when it ends (UTC). */
export type PlannedWait = { position: number; until: Date };

/** Where an enrolment goes next: the step to run and when, or done (`nextRunAt` null). */
export type NextStepPlan = { nextStep: number; nextRunAt: Date | null; waits: PlannedWait[] };

/**
 * Plans an enrolment from step `position` on, from the instant `at` (when the previous step ran,
 * or when it was enrolled): wait steps are passed over in order, each ending `waitDays` later
 * (waitUntil: calendar days at the same local time, or business days), and the next email or task
 * step is due at the first instant of the send window from then on (nextSendInstant), in the
 * recipient's `timeZone`. Past the last step the enrolment is done (`nextStep` = step count,
 * `nextRunAt` null); trailing waits are still passed over.
 * @param steps - the sequence's steps in position order (positions 0…n−1).
 * @param at - UTC instant.
 */
export function planNextStep({ steps, position, at, window, timeZone }: { steps: readonly PlannedStep[]; position: number; at: Date; window: SendWindow; timeZone: string }): NextStepPlan {
  const waits: PlannedWait[] = [];
  let base = at;
  let next = position;
  while (next < steps.length && steps[next].kind === "WAIT") {
    base = waitUntil(base, steps[next].waitDays ?? 0, steps[next].businessDays, timeZone);
    waits.push({ position: next, until: base });
    next++;
  }
  if (next >= steps.length) return { nextStep: steps.length, nextRunAt: null, waits };
  return { nextStep: next, nextRunAt: nextSendInstant(base, window, timeZone), waits };
}

/** The send window of a stored sequence (sendDays is JSON). */
export function sequenceWindow(sequence: { sendDays: unknown; sendFromHour: number; sendToHour: number }): SendWindow {
  const days = Array.isArray(sequence.sendDays) ? sequence.sendDays.filter((d): d is number => Number.isInteger(d) && d >= 1 && d <= 7) : [];
  return { days: days.length ? days : [1, 2, 3, 4, 5], fromHour: sequence.sendFromHour, toHour: Math.max(sequence.sendToHour, sequence.sendFromHour + 1) };
}
