import { seededDraw } from "./seed";

/** The kinds of daily mission (issue 14); mirrors DailyMission.type. */
export const MISSION_TYPES = ["OUTREACH_COUNT", "CONTACT_LEADS", "COMPLETE_TASKS", "MESSAGE_OLD_LEADS"] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

/** Each type's target range (inclusive) and what counts towards it. */
export const MISSION_TARGETS: Record<MissionType, { min: number; max: number }> = {
  /** Outreach logged (outbound touches). */
  OUTREACH_COUNT: { min: 5, max: 12 },
  /** Leads moved to Contacted by an outreach. */
  CONTACT_LEADS: { min: 3, max: 6 },
  /** Tasks completed. */
  COMPLETE_TASKS: { min: 2, max: 5 },
  /** Outreach to dormant leads (no outbound touch for 30 days; lib/gamification/rules.ts isDormantLead). */
  MESSAGE_OLD_LEADS: { min: 2, max: 4 },
};

/** The reward range of a mission, in tokens (issue 14: 4–8). */
export const MISSION_REWARD = { min: 4, max: 8 } as const;

/** A drawn mission: its type, target and reward (tokens). */
export type MissionDraw = { type: MissionType; target: number; reward: number };

/**
 * The mission of user `userId` on local day `localDate` (yyyy-MM-dd): a PRNG (mulberry32) seeded
 * from "mission:<userId>:<localDate>" picks a type, then a target in its range; the reward grows
 * with the target's difficulty within its range, 4 at the easiest to 8 at the hardest. Reproducible:
 * the same user and day always give the same mission.
 */
export function drawMission(userId: string, localDate: string): MissionDraw {
  const draw = seededDraw(`mission:${userId}:${localDate}`);
  const type = draw.pick(MISSION_TYPES);
  const { min, max } = MISSION_TARGETS[type];
  const target = draw.int(min, max);
  const reward = MISSION_REWARD.min + Math.round(((target - min) / (max - min)) * (MISSION_REWARD.max - MISSION_REWARD.min));
  return { type, target, reward };
}

/** What a mission asks, for its card ("Log 8 outreach", "Complete 1 task"). */
export function missionLabel(type: string, target: number): string {
  const plural = (one: string, many: string) => (target === 1 ? one : many);
  switch (type) {
    case "OUTREACH_COUNT":
      return `Log ${target} outreach`;
    case "CONTACT_LEADS":
      return `Contact ${target} new ${plural("lead", "leads")}`;
    case "COMPLETE_TASKS":
      return `Complete ${target} ${plural("task", "tasks")}`;
    case "MESSAGE_OLD_LEADS":
      return `Message ${target} old ${plural("lead", "leads")} (no touch for 30 days)`;
    default:
      return `Reach ${target}`;
  }
}
