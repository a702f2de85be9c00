import { getGoals } from "./goals";

/**
 * Loads /goals for `userId`: the four goals (daily outreach, weekly outreach, monthly revenue,
 * monthly deals) with target, recommendation, manual flag and this period's progress.
 * @param now - the current instant; periods are the user's time zone.
 */
export async function loadGoalsPage(userId: string, now: Date) {
  return { goals: await getGoals(userId, now) };
}
