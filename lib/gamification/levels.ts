/**
 * The XP a user needs to reach each level, 1–15 (index 0 is level 1). These are the thresholds
 * of the personal CRM Leadwell replaces (issue 14), kept exactly.
 */
export const LEVEL_THRESHOLDS = [0, 150, 400, 800, 1400, 2200, 3200, 4500, 6500, 9000, 12000, 16000, 20000, 25000, 30000] as const;

/** The highest level. */
export const MAX_LEVEL = LEVEL_THRESHOLDS.length;

/** The level (1–15) a total of `xp` reaches; negative totals count as 0. */
export function levelForXp(xp: number): number {
  let level = 1;
  for (let i = 1; i < LEVEL_THRESHOLDS.length; i++) if (xp >= LEVEL_THRESHOLDS[i]) level = i + 1;
  return level;
}

/**
 * Where `xp` stands within its level: the level, the XP its threshold needs, the next level's
 * threshold (null at the top level) and the fraction of the way there (1 at the top).
 */
export function levelProgress(xp: number): { level: number; from: number; to: number | null; fraction: number } {
  const level = levelForXp(xp);
  const from = LEVEL_THRESHOLDS[level - 1];
  const to = level < MAX_LEVEL ? LEVEL_THRESHOLDS[level] : null;
  const fraction = to === null ? 1 : Math.min(1, Math.max(0, (xp - from) / (to - from)));
  return { level, from, to, fraction };
}
