import "server-only";
import { summaryPeriods, type DailySummary, type SummaryLastWeek, type SummaryPeriods, type TeamCount } from "@/lib/daily-summary/daily-summary";
import { mrrSnapshot } from "@/lib/daily-summary/mrr-snapshot";
import { summaryLinks } from "@/lib/daily-summary/summary-links";
import { zonedDay } from "@/lib/dates";
import type { Role } from "@/lib/enums";
import type { Period } from "@/lib/periods";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import { getDb } from "@/server/db";
import { appUrl } from "@/server/services/email-settings/app-url";
import { countFollowUps } from "@/server/services/dashboard/count-follow-ups";
import { OUTREACH_WHERE } from "@/server/services/metrics/metrics-filters";
import { getGameSummary } from "@/server/services/gamification/get-game-summary";
import { countMyDueTasks } from "@/server/services/tasks/count-my-due-tasks";
import { loadSummaryRevenue, type SummaryRevenueInputs } from "./load-summary-revenue";

/** Whom a summary is for. */
export type SummaryRecipient = { id: string; name: string; role: Role; timeZone: string };

const during = (period: Period) => ({ gte: period.start, lt: period.end });

/**
 * Figures that are the same for every recipient of a run — the team's counts, new leads, last
 * week's paid revenue — kept by what they are and their period, so a run over many users reads
 * each once (one Map per run; figures are not kept between runs).
 */
export type SharedFigures = Map<string, Promise<unknown>>;

/** `load()`, or the figure a recipient before this one already loaded under `key`. */
function sharedFigure<T>(shared: SharedFigures | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!shared) return load();
  let figure = shared.get(key) as Promise<T> | undefined;
  if (!figure) {
    figure = load();
    shared.set(key, figure);
  }
  return figure;
}

const periodKey = (period: Period) => `${period.start.toISOString()}/${period.end.toISOString()}`;

/** Whether the recipient also sees the team's figures (admins and managers). */
const seesTeam = (role: Role) => role !== "SALES";

/** Outbound touches in a period (outreach, as the outreach list counts it): the recipient's, and the team's. */
async function countOutreach(recipient: SummaryRecipient, period: Period, shared: SharedFigures | undefined): Promise<TeamCount> {
  const db = getDb();
  const count = (authorId: string | undefined) => db.activity.count({ where: { ...OUTREACH_WHERE, authorId, occurredAt: during(period) } });
  const [mine, team] = await Promise.all([count(recipient.id), seesTeam(recipient.role) ? sharedFigure(shared, `outreach ${periodKey(period)}`, () => count(undefined)) : null]);
  return { mine, team };
}

/** Follow-ups due today and overdue (the dashboard's rule, countFollowUps): on the recipient's leads, and the team's. */
async function countFollowUpsFor(recipient: SummaryRecipient, now: Date, shared: SharedFigures | undefined): Promise<DailySummary["followUps"]> {
  const { timeZone } = recipient;
  const [mine, team] = await Promise.all([
    countFollowUps({ timeZone, now, ownerId: recipient.id }),
    seesTeam(recipient.role) ? sharedFigure(shared, `follow-ups ${timeZone}`, () => countFollowUps({ timeZone, now })) : null,
  ]);
  return { today: { mine: mine.today, team: team?.today ?? null }, overdue: { mine: mine.overdue, team: team?.overdue ?? null } };
}

/** Deals that closed in a won or lost stage during a period: the recipient's, and the team's. */
async function countClosedDeals(recipient: SummaryRecipient, kind: "WON" | "LOST", period: Period, shared: SharedFigures | undefined): Promise<TeamCount> {
  const db = getDb();
  const count = (ownerId: string | undefined) => db.deal.count({ where: { ownerId, closedAt: during(period), stage: { kind } } });
  const [mine, team] = await Promise.all([count(recipient.id), seesTeam(recipient.role) ? sharedFigure(shared, `deals ${kind} ${periodKey(period)}`, () => count(undefined)) : null]);
  return { mine, team };
}

/** Monday's section: last week's outreach, deals closed and project revenue paid. */
async function buildLastWeek(recipient: SummaryRecipient, periods: SummaryPeriods, revenue: SummaryRevenueInputs, shared: SharedFigures | undefined): Promise<SummaryLastWeek> {
  const week = periods.lastWeek;
  const [outreach, dealsWon, dealsLost, paid] = await Promise.all([
    countOutreach(recipient, week, shared),
    countClosedDeals(recipient, "WON", week, shared),
    countClosedDeals(recipient, "LOST", week, shared),
    sharedFigure(shared, `paid ${periodKey(week)}`, () =>
      getDb().project.findMany({ where: { status: "PAID", paidAt: during(week), company: { deletedAt: null } }, select: { amount: true, currency: true } }),
    ),
  ]);
  const { total, missingRates } = sumInBase(paid, revenue.rates);
  return { outreach, dealsWon, dealsLost, revenue: { total, currency: revenue.rates.base, missingRates } };
}

/** The recipient's streak, XP and level (the gamification engine's getGameSummary). */
async function buildProgress(recipient: SummaryRecipient, now: Date): Promise<DailySummary["progress"]> {
  const game = await getGameSummary(recipient.id, now);
  return {
    streakDays: game.currentStreak,
    paused: game.paused !== null,
    xp: game.xp,
    xpThisWeek: game.xpThisWeek,
    level: game.level,
    xpToNextLevel: game.progress.to === null ? null : game.progress.to - game.xp,
  };
}

/**
 * Gathers one user's daily summary for the local day `now` falls in (issue 11 §5), in their time
 * zone: follow-ups due today and overdue on their leads (the dashboard's countFollowUps), their open
 * tasks due today and overdue (countMyDueTasks), outreach yesterday and this week (outbound
 * touches they authored; the team's too for admins and managers), leads created yesterday and
 * this week, and the MRR snapshot (mrrSnapshot). On the recipient's Monday it adds last week
 * (Monday to Sunday): outreach, deals won and lost, and paid project revenue converted to the
 * base currency. Money is in minor units of the base currency. The gamification slot (`progress`)
 * is left empty until that feature exists.
 * @param now - the current instant (injected so tests control the clock).
 * @param revenue - the recurring lines and rates (loadSummaryRevenue); loaded when left out.
 * @param shared - the figures of recipients built before in the same run (SharedFigures).
 */
export async function buildDailySummary(recipient: SummaryRecipient, now: Date, revenue?: SummaryRevenueInputs, shared?: SharedFigures): Promise<DailySummary> {
  const db = getDb();
  const { timeZone } = recipient;
  const periods = summaryPeriods(now, timeZone);
  const inputs = revenue ?? (await loadSummaryRevenue());
  const newLeads = (period: Period) => sharedFigure(shared, `new leads ${periodKey(period)}`, () => db.lead.count({ where: { createdAt: during(period) } }));
  const [followUps, tasks, outreachYesterday, outreachWeek, newYesterday, newWeek, lastWeek, progress] = await Promise.all([
    countFollowUpsFor(recipient, now, shared),
    countMyDueTasks(recipient, now),
    countOutreach(recipient, periods.yesterday, shared),
    countOutreach(recipient, periods.week, shared),
    newLeads(periods.yesterday),
    newLeads(periods.week),
    periods.isMonday ? buildLastWeek(recipient, periods, inputs, shared) : undefined,
    buildProgress(recipient, now),
  ]);
  return {
    localDate: zonedDay(now, timeZone),
    timeZone,
    recipientName: recipient.name,
    followUps,
    tasks,
    outreach: { yesterday: outreachYesterday, week: outreachWeek },
    newLeads: { yesterday: newYesterday, week: newWeek },
    mrr: mrrSnapshot(inputs.lines, inputs.rates, periods.month, now),
    ...(lastWeek ? { lastWeek } : {}),
    progress,
    links: summaryLinks(appUrl(), periods, timeZone),
  };
}
