import { MAX_LEVEL } from "./levels";

/** A level reward setting as the upcoming list needs it. */
export type RewardSetting = { id: string; name: string; kind: "RECURRING" | "MILESTONE"; everyLevels: number | null; atLevel: number | null; enabled: boolean };

/** A reward still to come: which setting, and the level that unlocks it. */
export type UpcomingReward = { rewardId: string; name: string; kind: "RECURRING" | "MILESTONE"; level: number };

/**
 * The rewards a user at `level` still has to come, nearest level first (then by name), up to
 * `limit`: a RECURRING reward every `everyLevels` levels unlocks at each multiple of it (levels X,
 * 2X, 3X… up to 15), a MILESTONE reward once at `atLevel`. Switched-off settings are left out.
 */
export function upcomingRewards(settings: RewardSetting[], level: number, limit = 10): UpcomingReward[] {
  const upcoming: UpcomingReward[] = [];
  for (const setting of settings) {
    if (!setting.enabled) continue;
    if (setting.kind === "MILESTONE" && setting.atLevel !== null && setting.atLevel > level && setting.atLevel <= MAX_LEVEL) {
      upcoming.push({ rewardId: setting.id, name: setting.name, kind: setting.kind, level: setting.atLevel });
    }
    if (setting.kind === "RECURRING" && setting.everyLevels !== null && setting.everyLevels > 0) {
      for (let next = (Math.floor(level / setting.everyLevels) + 1) * setting.everyLevels; next <= MAX_LEVEL; next += setting.everyLevels) {
        upcoming.push({ rewardId: setting.id, name: setting.name, kind: setting.kind, level: next });
      }
    }
  }
  return upcoming.sort((a, b) => a.level - b.level || a.name.localeCompare(b.name)).slice(0, limit);
}
