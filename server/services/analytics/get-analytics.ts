import "server-only";
import type { AnalyticsScope } from "@/lib/analytics/analytics-filters";
import { rangeMonths } from "@/lib/analytics/range-months";
import { dealsClosedByWeek } from "@/server/services/metrics/deals-closed-by-week";
import { leadsByStatus } from "@/server/services/metrics/leads-by-status";
import { mrrOverview } from "@/server/services/metrics/mrr-overview";
import { outreachByWeek } from "@/server/services/metrics/outreach-by-week";
import { channelPerformance } from "./channel-performance";
import { getConversionFunnel } from "./conversion-funnel";
import { getDealMetrics } from "./deal-metrics";
import { projectRevenueByMonth } from "./project-revenue-by-month";
import { teamPerformance } from "./team-performance";

/** Everything /analytics charts, for one scope. */
export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;

/**
 * Every /analytics chart over one scope (lib/analytics/analytics-filters.ts analyticsScope: range,
 * owner, lead and deal filters), queried in parallel. Monthly charts cover the calendar months the
 * range touches; weekly ones its weeks (Monday start); MRR is measured at each month's end up to
 * the range's end (or now, if sooner). Money in minor units of the base currency.
 */
export async function getAnalytics(scope: AnalyticsScope) {
  const months = rangeMonths(scope.from, scope.to, scope.timeZone).length;
  const mrrNow = new Date(Math.min(scope.now.getTime(), scope.to.getTime() - 1));
  const [projectRevenue, mrr, outreach, dealsClosed, leadStatuses, funnel, channels, deals, team] = await Promise.all([
    projectRevenueByMonth(scope),
    mrrOverview({ ...scope, now: mrrNow }, months),
    outreachByWeek(scope),
    dealsClosedByWeek(scope),
    leadsByStatus(scope),
    getConversionFunnel(scope),
    channelPerformance(scope),
    getDealMetrics(scope),
    teamPerformance(scope),
  ]);
  return { projectRevenue, mrr, outreach, dealsClosed, leadStatuses, funnel, channels, deals, team };
}
