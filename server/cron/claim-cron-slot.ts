import "server-only";
import { getDb } from "@/server/db";
import { takeRateLimitToken } from "@/server/services/rate-limit/take-rate-limit-token";
import { isUniqueViolation } from "@/server/services/unique-violation";

/** The bookkeeping key of one slot of one cron route. */
export function cronSlotKey(route: string, slot: Date): string {
  return `cron:${route}:${slot.toISOString()}`;
}

/**
 * Takes a cron route's slot: true for the first call of the slot, false for every later one (a
 * duplicate delivery). The mark is a RateLimitWindow row keyed `cron:<route>:<slotISO>` counted
 * with takeRateLimitToken (max 1, one atomic upsert, so two simultaneous calls cannot both win).
 * (Should Prisma run the upsert as a read then an insert, the loser of a race gets a unique
 * violation, which is a duplicate too.) The queue's unique keys would not do: a finished job
 * gives its key up.
 *
 * The row is dated at `until` (the slot's end) rather than its start because queue maintenance
 * deletes windows that started over two hours ago; dated so, the mark outlives its slot by two
 * hours and a duplicate arriving late in a long slot (a daily cron) is still recognised.
 * @param until - the next slot (when this one stops being current); croner slots are whole seconds.
 */
export async function claimCronSlot(route: string, slot: Date, until: Date): Promise<boolean> {
  try {
    const { allowed } = await takeRateLimitToken(cronSlotKey(route, slot), { max: 1, windowMs: 1000 }, until);
    return allowed;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives a slot back (its run failed), so that a redelivery of the same slot may run it. */
export async function releaseCronSlot(route: string, slot: Date): Promise<void> {
  await getDb().rateLimitWindow.deleteMany({ where: { key: cronSlotKey(route, slot) } });
}
