import { zonedDay } from "@/lib/dates";
import { dayPeriod, monthPeriod, weekPeriod, type Period } from "@/lib/periods";
import { localMoment } from "./summary-schedule";

/** A count for the recipient, and for admins and managers the whole team's too (null otherwise). */
export type TeamCount = { mine: number; team: number | null };

/** An amount in minor units of the base currency, with the currencies left out for want of a rate. */
export type BaseAmount = { total: number; currency: string; missingRates: string[] };

/** The MRR snapshot of the summary, in minor units of the base currency (lib/revenue/mrr.ts). */
export type SummaryMrr = {
  currency: string;
  /** MRR now: every recurring line active at this instant. */
  total: number;
  hosting: number;
  saas: number;
  /** New MRR since the start of this month (new customers, ChartMogul's "new"). */
  newThisMonth: number;
  /** Churned MRR since the start of this month. */
  churnedThisMonth: number;
  /** Currencies of active lines that have no exchange rate (left out of the figures). */
  missingRates: string[];
};

/** Monday's look back at last week (Monday to Sunday in the recipient's time zone). */
export type SummaryLastWeek = {
  outreach: TeamCount;
  dealsWon: TeamCount;
  dealsLost: TeamCount;
  /** Amounts of projects paid last week (Project.paidAt), the team's, in the base currency. */
  revenue: BaseAmount;
};

/**
 * Streak, XP and level — the slot the gamification issue (issue 14) fills. Until it exists the
 * summary leaves it out; nothing fills it with made-up values.
 */
export type SummaryProgress = {
  streakDays: number;
  /** Whether a pause freezes the streak today. */
  paused: boolean;
  /** Total XP, and XP earned this week (Monday to now, the recipient's time zone). */
  xp: number;
  xpThisWeek: number;
  level: number;
  /** XP still needed for the next level; null at the top level. */
  xpToNextLevel: number | null;
};

/**
 * One user's daily summary for one local day: all counts are whole numbers, money in minor units
 * of the base currency. Built by server/services/daily-summary/build-daily-summary.ts, rendered by
 * server/email/daily-summary-email.tsx.
 */
export type DailySummary = {
  /** The local day it is for, "YYYY-MM-DD" in `timeZone`. */
  localDate: string;
  timeZone: string;
  recipientName: string;
  /** Open leads whose next action (follow-up) day is today or past: the recipient's own leads (and the team's). */
  followUps: { today: TeamCount; overdue: TeamCount };
  /** Open tasks assigned to the recipient. */
  tasks: { today: number; overdue: number };
  /** Outbound touches authored by the recipient (and the team's). */
  outreach: { yesterday: TeamCount; week: TeamCount };
  /** Leads created, every owner's. */
  newLeads: { yesterday: number; week: number };
  mrr: SummaryMrr;
  /** Present on Mondays only. */
  lastWeek?: SummaryLastWeek;
  /** The recipient's game progress (issue 14): streak, XP and level. */
  progress?: SummaryProgress;
  /** Absolute links into the app (see summaryLinks). */
  links: SummaryLinks;
};

/** The periods a summary counts over, in the recipient's time zone (UTC half-open intervals). */
export type SummaryPeriods = { today: Period; yesterday: Period; week: Period; lastWeek: Period; month: Period; isMonday: boolean };

/**
 * The periods of the summary for the local day `now` falls in: today, yesterday, this week so far
 * and last week (weeks start on Monday, ISO 8601), and this month.
 * @param now - the current instant (injected so tests control the clock).
 * @param timeZone - the recipient's IANA time zone.
 */
export function summaryPeriods(now: Date, timeZone: string): SummaryPeriods {
  return {
    today: dayPeriod(now, timeZone),
    yesterday: dayPeriod(now, timeZone, -1),
    week: weekPeriod(now, timeZone),
    lastWeek: weekPeriod(now, timeZone, -1),
    month: monthPeriod(now, timeZone),
    isMonday: localMoment(now, timeZone).weekday === 1,
  };
}

/** The first and last local day of a period ("YYYY-MM-DD"), for list filters that take days. */
export function periodDays(period: Period, timeZone: string): { from: string; to: string } {
  return { from: zonedDay(period.start, timeZone), to: zonedDay(new Date(period.end.getTime() - 1), timeZone) };
}

/** Where each part of the summary links to. */
export type SummaryLinks = {
  home: string;
  followUpsToday: string;
  followUpsOverdue: string;
  tasksToday: string;
  tasksOverdue: string;
  outreachYesterday: string;
  outreachWeek: string;
  outreachLastWeek: string;
  leads: string;
  deals: string;
  profile: string;
  /** The gamification page (streak, XP, level). */
  gamification: string;
};
