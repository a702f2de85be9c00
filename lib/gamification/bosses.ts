import { seededDraw } from "./seed";

/** The kinds of monthly boss fight (issue 14); mirrors BossFight.type. */
export const BOSS_TYPES = ["CLOSE_DEALS", "SEND_OUTREACH", "REVIVE_COLD_LEADS", "SEND_PROPOSALS"] as const;
export type BossType = (typeof BOSS_TYPES)[number];

/** Each type's target range (inclusive, in steps of `step`), what counts, and the names a boss of that type may have. */
export const BOSS_SETTINGS: Record<BossType, { min: number; max: number; step: number; names: readonly string[] }> = {
  /** Deals closed won (the deal's owner). */
  CLOSE_DEALS: { min: 2, max: 5, step: 1, names: ["The Tyrant of Maybe", "Lord Procrastinus", "The Budget Hydra"] },
  /** Outreach logged. */
  SEND_OUTREACH: { min: 150, max: 300, step: 10, names: ["The Silent Inbox", "Gatekeeper Golem", "The Voicemail Wraith"] },
  /** Outreach to dormant leads (no outbound touch for 30 days). */
  REVIVE_COLD_LEADS: { min: 10, max: 25, step: 1, names: ["The Frost Lich", "The Ghosting Gorgon", "King of the Cold List"] },
  /** Leads or deals reaching Proposal Sent. */
  SEND_PROPOSALS: { min: 4, max: 10, step: 1, names: ["The Scope Creep", "The Paper Dragon", "Sir Overthink"] },
};

/** The reward range of a boss, in tokens (issue 14: 50–150), in steps of 10. */
export const BOSS_REWARD = { min: 50, max: 150, step: 10 } as const;

/** A drawn boss: type, name, target and reward (tokens). */
export type BossDraw = { type: BossType; name: string; target: number; reward: number };

/**
 * The boss of user `userId` for month `month` (yyyy-MM, their time zone): a PRNG seeded from
 * "boss:<userId>:<month>" picks a type, a name and a target in the type's range; the reward grows
 * with the target's difficulty, 50 at the easiest to 150 at the hardest (steps of 10). Reproducible.
 */
export function drawBoss(userId: string, month: string): BossDraw {
  const draw = seededDraw(`boss:${userId}:${month}`);
  const type = draw.pick(BOSS_TYPES);
  const { min, max, step, names } = BOSS_SETTINGS[type];
  const name = draw.pick(names);
  const target = min + draw.int(0, Math.floor((max - min) / step)) * step;
  const difficulty = (target - min) / (max - min);
  const reward = BOSS_REWARD.min + Math.round((difficulty * (BOSS_REWARD.max - BOSS_REWARD.min)) / BOSS_REWARD.step) * BOSS_REWARD.step;
  return { type, name, target, reward };
}

/** What a boss asks, for its card ("Close 3 deals this month"). */
export function bossLabel(type: string, target: number): string {
  switch (type) {
    case "CLOSE_DEALS":
      return `Close ${target} deals this month`;
    case "SEND_OUTREACH":
      return `Log ${target} outreach this month`;
    case "REVIVE_COLD_LEADS":
      return `Revive ${target} cold leads (no touch for 30 days) this month`;
    case "SEND_PROPOSALS":
      return `Send ${target} proposals this month`;
    default:
      return `Reach ${target} this month`;
  }
}
