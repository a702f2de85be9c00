/**
 * What each action pays in XP and tokens. These are the rules of the personal CRM Leadwell replaces
 * (issue 14), kept exactly; the ledger stores the rule's key with every entry (GameLedgerEntry.rule).
 * Amounts that vary (a streak bonus, a mission's or boss's reward) are 0 here and come with the award.
 */
export const GAME_RULES = {
  OUTREACH_LOGGED: { xp: 5, tokens: 1, label: "Outreach logged" },
  LEAD_CONTACTED: { xp: 4, tokens: 1, label: "Lead contacted" },
  CALL_BOOKED: { xp: 8, tokens: 0, label: "Call booked" },
  PROPOSAL_SENT: { xp: 12, tokens: 2, label: "Proposal sent" },
  DEAL_WON: { xp: 30, tokens: 0, label: "Deal closed won" },
  TASK_COMPLETED: { xp: 8, tokens: 1, label: "Task completed" },
  DAILY_GOAL_HIT: { xp: 10, tokens: 3, label: "Daily goal hit" },
  WEEKLY_GOAL_HIT: { xp: 25, tokens: 7, label: "Weekly goal hit" },
  MONTHLY_REVENUE_GOAL_HIT: { xp: 50, tokens: 0, label: "Monthly revenue goal hit" },
  /** A one-time XP bonus at a streak length (STREAK_XP_BONUSES). */
  STREAK_XP_BONUS: { xp: 0, tokens: 0, label: "Streak bonus" },
  /** A token bonus at a streak length (STREAK_TOKEN_BONUSES), once per streak. */
  STREAK_TOKEN_BONUS: { xp: 0, tokens: 0, label: "Streak bonus" },
  /** The day's mission: its own reward (4–8 tokens). */
  MISSION_COMPLETED: { xp: 0, tokens: 0, label: "Daily mission" },
  /** The month's boss: its own reward (50–150 tokens). */
  BOSS_DEFEATED: { xp: 0, tokens: 0, label: "Boss defeated" },
} as const satisfies Record<string, { xp: number; tokens: number; label: string }>;

export type GameRule = keyof typeof GAME_RULES;

/** One-time XP bonuses by streak length (days): 10 days +20 XP, 30 days +50 XP, each once ever. */
export const STREAK_XP_BONUSES: ReadonlyArray<{ days: number; xp: number }> = [
  { days: 10, xp: 20 },
  { days: 30, xp: 50 },
];

/** Token bonuses by streak length (days): 3 → +5, 7 → +10, 14 → +20, 30 → +30, once per streak. */
export const STREAK_TOKEN_BONUSES: ReadonlyArray<{ days: number; tokens: number }> = [
  { days: 3, tokens: 5 },
  { days: 7, tokens: 10 },
  { days: 14, tokens: 20 },
  { days: 30, tokens: 30 },
];

/**
 * Zero-value ledger rows that count something without paying (unique per source like every entry,
 * so they are idempotent and removed with their source): an outreach to a dormant lead (counted by
 * the MESSAGE_OLD_LEADS mission and the REVIVE_COLD_LEADS boss), and the once-only markers of
 * seeded defaults. Ledger history lists leave out rows with no XP and no tokens.
 */
export const MARKER_RULES = {
  DORMANT_LEAD_MESSAGED: "Dormant lead messaged",
  SHOP_DEFAULTS: "Default shop items",
  REWARD_DEFAULTS: "Default level rewards",
} as const;

const OTHER_LABELS: Record<string, string> = { PURCHASE: "Purchase", ADJUSTMENT: "Adjustment" };

/** A ledger rule's label for history lists ("Outreach logged", "Purchase"); unknown rules show as their key. */
export function ruleLabel(rule: string): string {
  if (rule in GAME_RULES) return GAME_RULES[rule as GameRule].label;
  if (rule in MARKER_RULES) return MARKER_RULES[rule as keyof typeof MARKER_RULES];
  return OTHER_LABELS[rule] ?? rule;
}

/**
 * A lead or deal stage that counts as "Proposal Sent" (issue 14): the lead pipeline's default
 * "Proposal Sent" and the deal pipelines' default "Proposal" (names compared trimmed, any case).
 */
export function isProposalStage(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === "proposal sent" || n === "proposal";
}

/** Days without outreach after which a lead counts as dormant (the "old lead" of missions and "cold lead" of bosses). */
export const DORMANT_LEAD_DAYS = 30;

/**
 * Whether an outreach at `at` reaches a dormant lead: created at least DORMANT_LEAD_DAYS earlier and
 * with no earlier outbound touch within that many days (`previousTouchAt`: the latest one before, or null).
 */
export function isDormantLead(lead: { createdAt: Date; previousTouchAt: Date | null }, at: Date): boolean {
  const cutoff = at.getTime() - DORMANT_LEAD_DAYS * 86_400_000;
  return lead.createdAt.getTime() <= cutoff && (lead.previousTouchAt === null || lead.previousTouchAt.getTime() <= cutoff);
}
