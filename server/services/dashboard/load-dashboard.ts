import "server-only";
import { readDashboardLayout, type LayoutEntry, type WidgetId } from "@/lib/dashboard/widgets";
import { canSeeTeam, effectiveDashboardView } from "@/lib/dashboard/dashboard-view";
import type { Role } from "@/lib/enums";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import type { MrrLine } from "@/lib/revenue/mrr";
import type { DashboardView } from "@/lib/validation/dashboard-layout";
import { getDb } from "@/server/db";
import { getGameSummary, type GameSummary } from "@/server/services/gamification/get-game-summary";
import { dealsClosedByWeek } from "@/server/services/metrics/deals-closed-by-week";
import { leadsByStatus } from "@/server/services/metrics/leads-by-status";
import type { MetricsFilters } from "@/server/services/metrics/metrics-filters";
import { mrrNow } from "@/server/services/metrics/mrr-overview";
import { outreachByWeek } from "@/server/services/metrics/outreach-by-week";
import { revenueForecast } from "@/server/services/metrics/revenue-forecast";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { loadMrrLines } from "@/server/services/revenue/load-mrr-lines";
import { countMyDueTasks } from "@/server/services/tasks/count-my-due-tasks";
import { countFollowUps } from "./count-follow-ups";
import { countNewClients } from "./count-new-clients";
import { countNewLeads } from "./count-new-leads";
import { countOutreach } from "./count-outreach";
import { groupOpenDeals, type OpenDealGroup } from "./group-open-deals";
import { sumPipelineValues } from "./sum-pipeline-values";
import { sumPotentialRevenue } from "./sum-potential-revenue";
import { sumProjectRevenue } from "./sum-project-revenue";
import { sumQuotedProjects } from "./sum-quoted-projects";

/** The weeks the weekly charts cover. */
export const DASHBOARD_WEEKS = 12;

/**
 * What the loaders share: the filters, and inputs several widgets need, each read at most once
 * per page and only when a shown widget asks for it.
 */
type Context = {
  filters: MetricsFilters;
  viewer: { id: string; timeZone: string };
  rates: ExchangeRates;
  lines: () => Promise<MrrLine[]>;
  openDeals: () => Promise<OpenDealGroup[]>;
  /** The viewer's own game figures (level, streak, mission, boss), in either view. */
  game: () => Promise<GameSummary>;
};

/** A function that runs `load` the first time it is called and gives the same promise after. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/** How each widget gets its figures. */
const LOADERS = {
  "follow-ups": ({ filters }: Context) => countFollowUps(filters),
  "my-tasks": ({ viewer, filters }: Context) => countMyDueTasks(viewer, filters.now),
  "new-leads": ({ filters }: Context) => countNewLeads(filters),
  outreach: ({ filters }: Context) => countOutreach(filters),
  "new-clients": ({ filters }: Context) => countNewClients(filters),
  "project-revenue": ({ filters }: Context) => sumProjectRevenue(filters),
  mrr: async ({ filters, rates, lines }: Context) => {
    const { base, missingRates, current, currentByCurrency } = await mrrNow(filters, { rates, lines: await lines() });
    return { base, missingRates, ...current, byCurrency: currentByCurrency };
  },
  "quotes-pending": ({ filters, rates }: Context) => sumQuotedProjects(filters, rates),
  "potential-revenue": async ({ filters, rates, openDeals }: Context) => sumPotentialRevenue(filters, await openDeals(), rates),
  "leads-by-status": ({ filters }: Context) => leadsByStatus(filters),
  "revenue-forecast": async ({ filters, rates, lines }: Context) => revenueForecast(filters, 3, { rates, lines: await lines() }),
  "outreach-by-week": ({ filters }: Context) => outreachByWeek(filters, DASHBOARD_WEEKS),
  "deals-closed-by-week": ({ filters }: Context) => dealsClosedByWeek(filters, DASHBOARD_WEEKS),
  "pipeline-value": async ({ rates, openDeals }: Context) => sumPipelineValues(await openDeals(), rates),
  "game-level": async ({ game }: Context) => {
    const { xp, progress, xpThisWeek } = await game();
    return { xp, progress, xpThisWeek };
  },
  "game-streak": async ({ game }: Context) => {
    const { currentStreak, longestStreak, paused } = await game();
    return { currentStreak, longestStreak, pausedUntil: paused?.toDay ?? null };
  },
  "game-mission": async ({ game }: Context) => (await game()).mission,
  "game-boss": async ({ game }: Context) => (await game()).boss,
} satisfies Record<WidgetId, (context: Context) => Promise<unknown>>;

/** The figures of each widget. */
export type WidgetData = { [K in WidgetId]: Awaited<ReturnType<(typeof LOADERS)[K]>> };

export type Dashboard = {
  view: DashboardView;
  canSeeTeam: boolean;
  /** The base currency every amount is in. */
  base: string;
  layout: LayoutEntry[];
  /** The figures of the shown widgets only. */
  data: Partial<WidgetData>;
};

/**
 * The home dashboard of `viewer`: their layout (User.dashboardLayout, read by
 * lib/dashboard/widgets.ts) and the figures of the widgets they show, loaded in parallel; hidden
 * widgets cost nothing. "my" scopes every figure to the viewer's records (see MetricsFilters);
 * "team" (managers and admins only; SALES gets "my") shows everyone's. "My tasks" are the viewer's
 * in both, as are the game cards (level, streak, mission, boss). Amounts are minor units of the base currency.
 * @param now - the current instant (injected so tests control the clock).
 */
export async function loadDashboard(viewer: { id: string; role: Role; timeZone: string }, requestedView: DashboardView, now: Date): Promise<Dashboard> {
  const view = effectiveDashboardView(viewer.role, requestedView);
  const [user, rates] = await Promise.all([getDb().user.findUniqueOrThrow({ where: { id: viewer.id }, select: { dashboardLayout: true } }), getExchangeRates()]);
  const layout = readDashboardLayout(user.dashboardLayout);
  const filters: MetricsFilters = { timeZone: viewer.timeZone, now, ownerId: view === "my" ? viewer.id : undefined };
  const context: Context = { filters, viewer, rates, lines: once(() => loadMrrLines({ ownerId: filters.ownerId })), openDeals: once(() => groupOpenDeals(filters)), game: once(() => getGameSummary(viewer.id, now)) };
  const shown = layout.filter((entry) => !entry.hidden).map((entry) => entry.id);
  const values = await Promise.all(shown.map((id) => LOADERS[id](context)));
  return { view, canSeeTeam: canSeeTeam(viewer.role), base: rates.base, layout, data: Object.fromEntries(shown.map((id, i) => [id, values[i]])) as Partial<WidgetData> };
}
