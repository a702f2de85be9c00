import { ensureMonthlyBoss, listBosses } from "./bosses";

/**
 * Loads /boss for `userId`: this month's boss fight (generated on first sight; pauses do not stop
 * it) and the earlier months' bosses with their outcome, newest first.
 * @param now - the current instant; the month is the user's time zone.
 */
export async function loadBossPage(userId: string, now: Date) {
  const current = await ensureMonthlyBoss(userId, now);
  const all = await listBosses(userId, now);
  return { current, past: all.filter((boss) => boss.id !== current.id) };
}
