import { getActivePause } from "./pause";
import { ensureDailyMission, listMissionHistory } from "./missions";

/**
 * Loads /missions for `userId`: today's mission (drawn on first sight; null while a pause is
 * active) and the last 7 local days' missions, newest first, with the active pause if any.
 * @param now - the current instant; "today" is the user's local day.
 */
export async function loadMissionsPage(userId: string, now: Date) {
  const today = await ensureDailyMission(userId, now);
  const [history, pause] = await Promise.all([listMissionHistory(userId, now), getActivePause(userId, now)]);
  return { today, history, pause };
}
