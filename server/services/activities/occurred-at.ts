import { zonedDateTime } from "@/lib/activities/local-date-time";
import { ValidationError } from "@/server/errors";

/** How far ahead of the server's clock a logged time may be (a form filled in a minute ago, clocks apart). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * The instant of a form's "occurred at" (a wall-clock time in `timeZone`, already shape-checked by
 * the schema), or `fallback` when it was left blank. An activity is something that happened, so
 * it cannot lie in the future (a planned call is a task).
 * @throws ValidationError on `occurredAt` for a time after `now` (beyond a 5-minute tolerance).
 */
export function resolveOccurredAt(local: string | null, timeZone: string, now: Date, fallback: Date): Date {
  const occurredAt = local ? zonedDateTime(local, timeZone) : fallback;
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ValidationError("Some fields need attention", { occurredAt: ["Cannot be in the future"] });
  }
  return occurredAt;
}
