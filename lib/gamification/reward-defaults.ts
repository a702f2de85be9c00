/**
 * The level rewards a new user starts with (they can toggle, delete and add their own):
 * a recurring treat every 2 levels and milestones at levels 5, 10 and 15.
 */
export const DEFAULT_LEVEL_REWARDS = [
  { name: "A treat of your choice", kind: "RECURRING", everyLevels: 2, atLevel: null },
  { name: "Dinner out", kind: "MILESTONE", everyLevels: null, atLevel: 5 },
  { name: "A day off", kind: "MILESTONE", everyLevels: null, atLevel: 10 },
  { name: "Something big you have wanted", kind: "MILESTONE", everyLevels: null, atLevel: 15 },
] as const satisfies ReadonlyArray<{ name: string; kind: "RECURRING" | "MILESTONE"; everyLevels: number | null; atLevel: number | null }>;

/**
 * The levels at which a reward unlocks when a user goes from `levelBefore` to `levelAfter`:
 * RECURRING every `everyLevels` levels — each multiple of it in (before, after]; MILESTONE once at
 * `atLevel` when it is in (before, after]. Going down unlocks nothing.
 */
export function rewardLevelsCrossed(reward: { kind: string; everyLevels: number | null; atLevel: number | null }, levelBefore: number, levelAfter: number): number[] {
  const levels: number[] = [];
  if (reward.kind === "MILESTONE" && reward.atLevel !== null && reward.atLevel > levelBefore && reward.atLevel <= levelAfter) levels.push(reward.atLevel);
  if (reward.kind === "RECURRING" && reward.everyLevels !== null && reward.everyLevels > 0) {
    for (let level = levelBefore + 1; level <= levelAfter; level++) if (level % reward.everyLevels === 0) levels.push(level);
  }
  return levels;
}
