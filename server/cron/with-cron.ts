import "server-only";
import { currentCronSlot, nextCronSlot } from "@/lib/jobs/cron-slots";
import { problemResponse } from "@/server/http";
import { authorizeCron } from "./authorize-cron";
import { claimCronSlot, releaseCronSlot } from "./claim-cron-slot";
import { requestClock } from "./request-clock";

/** What a cron route's body is given: the schedule slot the call belongs to, and the clock. */
export type CronRunContext = { slot: Date; now: () => Date };

export type CronRouteOptions<Summary> = {
  /** The route's name in slot keys and answers, e.g. "run-jobs" for /api/cron/run-jobs. */
  route: string;
  /** The cron expression the route is scheduled with in vercel.json, evaluated in UTC. */
  schedule: string;
  /**
   * Run the body at most once per slot (default false). Vercel may deliver a run twice: with
   * this set, a later call in the same slot answers `{ slot, duplicate: true }` and does nothing.
   * Leave it off for work that is safe to repeat and should not be held back — draining the job
   * queue (/api/cron/run-jobs) may run again in the same minute.
   */
  oncePerSlot?: boolean;
  /** The clock (tests inject one). */
  now?: () => Date;
  /** The route's work; what it returns is sent as `summary` (JSON). */
  run: (context: CronRunContext) => Promise<Summary>;
};

/** The JSON a cron route answers with when authorised. */
export type CronAnswer<Summary> = { route: string; slot: string; duplicate: false; summary: Summary } | { route: string; slot: string; duplicate: true };

/**
 * Wraps a cron route: returns the route's GET handler (Vercel Cron calls with GET; export nothing
 * else, so other methods get Next's 405). Each call is
 * 1. authorised with `Authorization: Bearer $CRON_SECRET` (authorizeCron: 401, or 503 when the
 *    secret is unset — a cron route is never open);
 * 2. placed in its schedule slot: the most recent slot of `schedule` at or before now, UTC
 *    (currentCronSlot; Vercel calls late, never early, and may skip a slot — a skipped slot is
 *    not made up);
 * 3. with `oncePerSlot`, deduplicated by that slot (claimCronSlot); a run that throws gives its
 *    slot back so a redelivery may try again;
 * 4. run on the clock (`now`, or a test's instant — requestClock, never in production), answering 200 `{ route, slot, duplicate: false, summary }`, or a 500 problem when the
 *    body throws (logged by problemResponse).
 * @throws Error at module load for an invalid cron expression (croner's message), so a broken
 *   schedule fails the build rather than the first call.
 */
export function withCron<Summary>({ route, schedule, oncePerSlot = false, now = () => new Date(), run }: CronRouteOptions<Summary>): (request: Request) => Promise<Response> {
  nextCronSlot(schedule, "UTC", new Date(0)); // validates the expression now
  return async function GET(request: Request): Promise<Response> {
    const refusal = authorizeCron(request);
    if (refusal) return refusal;
    const clock = requestClock(request, now);
    const at = clock();
    const slot = currentCronSlot(schedule, "UTC", at) ?? at;
    const headers = { "cache-control": "no-store" };
    if (oncePerSlot && !(await claimCronSlot(route, slot, nextCronSlot(schedule, "UTC", slot) ?? slot))) {
      return Response.json({ route, slot: slot.toISOString(), duplicate: true } satisfies CronAnswer<Summary>, { headers });
    }
    try {
      const summary = await run({ slot, now: clock });
      return Response.json({ route, slot: slot.toISOString(), duplicate: false, summary } satisfies CronAnswer<Summary>, { headers });
    } catch (error) {
      if (oncePerSlot) await releaseCronSlot(route, slot);
      return problemResponse(error);
    }
  };
}
