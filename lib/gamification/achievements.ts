import type { GameRule } from "./rules";

/**
 * What an achievement measures: counts of ledger rules paid since the game started (outreach logged,
 * leads contacted…), deals won this month (the user's time zone), the streak reached and the level.
 */
export type AchievementStat =
  | "outreach"
  | "leadsContacted"
  | "callsBooked"
  | "proposals"
  | "dealsWon"
  | "dealsWonThisMonth"
  | "tasksCompleted"
  | "dailyGoalsHit"
  | "missionsCompleted"
  | "bossesDefeated"
  | "streak"
  | "level";

/** An achievement of the default set: unlocked once, the first time `stat` reaches `threshold`. */
export type Achievement = { key: string; title: string; description: string; stat: AchievementStat; threshold: number };

/** The ledger rule whose count a count-stat is (the others are computed apart). */
export const STAT_RULES: Partial<Record<AchievementStat, GameRule>> = {
  outreach: "OUTREACH_LOGGED",
  leadsContacted: "LEAD_CONTACTED",
  callsBooked: "CALL_BOOKED",
  proposals: "PROPOSAL_SENT",
  dealsWon: "DEAL_WON",
  dealsWonThisMonth: "DEAL_WON",
  tasksCompleted: "TASK_COMPLETED",
  dailyGoalsHit: "DAILY_GOAL_HIT",
  missionsCompleted: "MISSION_COMPLETED",
  bossesDefeated: "BOSS_DEFEATED",
};

/** The default set (issue 14: about 20, e.g. first outreach, 100 outreaches, first deal, 5 deals in a month, 7-day streak, level 5). */
export const ACHIEVEMENTS: readonly Achievement[] = [
  { key: "first-outreach", title: "First contact", description: "Log your first outreach", stat: "outreach", threshold: 1 },
  { key: "outreach-100", title: "Centurion", description: "Log 100 outreaches", stat: "outreach", threshold: 100 },
  { key: "outreach-500", title: "Relentless", description: "Log 500 outreaches", stat: "outreach", threshold: 500 },
  { key: "outreach-1000", title: "Prospecting machine", description: "Log 1,000 outreaches", stat: "outreach", threshold: 1000 },
  { key: "leads-contacted-50", title: "Door knocker", description: "Contact 50 new leads", stat: "leadsContacted", threshold: 50 },
  { key: "first-call-booked", title: "On the calendar", description: "Book your first call", stat: "callsBooked", threshold: 1 },
  { key: "calls-booked-10", title: "Booked solid", description: "Book 10 calls", stat: "callsBooked", threshold: 10 },
  { key: "first-proposal", title: "Put it in writing", description: "Send your first proposal", stat: "proposals", threshold: 1 },
  { key: "proposals-10", title: "Proposal pro", description: "Send 10 proposals", stat: "proposals", threshold: 10 },
  { key: "first-deal", title: "First win", description: "Close your first deal", stat: "dealsWon", threshold: 1 },
  { key: "deals-5-in-month", title: "Hot month", description: "Close 5 deals in one month", stat: "dealsWonThisMonth", threshold: 5 },
  { key: "deals-25", title: "Closer", description: "Close 25 deals", stat: "dealsWon", threshold: 25 },
  { key: "tasks-50", title: "Done and dusted", description: "Complete 50 tasks", stat: "tasksCompleted", threshold: 50 },
  { key: "daily-goals-10", title: "Goal getter", description: "Hit your daily outreach goal 10 times", stat: "dailyGoalsHit", threshold: 10 },
  { key: "first-mission", title: "Mission accomplished", description: "Complete a daily mission", stat: "missionsCompleted", threshold: 1 },
  { key: "first-boss", title: "Boss slayer", description: "Defeat a monthly boss", stat: "bossesDefeated", threshold: 1 },
  { key: "streak-3", title: "Warming up", description: "Reach a 3-day streak", stat: "streak", threshold: 3 },
  { key: "streak-7", title: "Week on fire", description: "Reach a 7-day streak", stat: "streak", threshold: 7 },
  { key: "streak-30", title: "Unstoppable", description: "Reach a 30-day streak", stat: "streak", threshold: 30 },
  { key: "level-5", title: "Rising star", description: "Reach level 5", stat: "level", threshold: 5 },
  { key: "level-10", title: "Veteran", description: "Reach level 10", stat: "level", threshold: 10 },
  { key: "level-15", title: "Legend", description: "Reach level 15, the top", stat: "level", threshold: 15 },
];

/** The achievement with `key`, or null. */
export function achievementByKey(key: string): Achievement | null {
  return ACHIEVEMENTS.find((a) => a.key === key) ?? null;
}

/**
 * The achievements newly reached: not in `unlocked`, and whose stat is known in `stats` and at
 * least its threshold. Stats left out are not checked (the caller computes only what changed).
 */
export function achievementsReached(stats: Partial<Record<AchievementStat, number>>, unlocked: ReadonlySet<string>): Achievement[] {
  return ACHIEVEMENTS.filter((a) => !unlocked.has(a.key) && stats[a.stat] !== undefined && (stats[a.stat] as number) >= a.threshold);
}
