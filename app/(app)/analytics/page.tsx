import type { Metadata } from "next";
import { AnalyticsFilters } from "@/components/analytics/AnalyticsFilters";
import { ChannelPerformanceChart } from "@/components/analytics/ChannelPerformanceChart";
import { ConversionFunnelChart } from "@/components/analytics/ConversionFunnelChart";
import { DealMetricsPanel } from "@/components/analytics/DealMetricsPanel";
import { DealsClosedChart } from "@/components/analytics/DealsClosedChart";
import { MrrCharts } from "@/components/analytics/MrrCharts";
import { OutreachByChannelChart } from "@/components/analytics/OutreachByChannelChart";
import { ProjectRevenueChart } from "@/components/analytics/ProjectRevenueChart";
import { TeamPerformanceChart } from "@/components/analytics/TeamPerformanceChart";
import { LeadsByStatusChart } from "@/components/dashboard/LeadsByStatusChart";
import { RowActionButton } from "@/components/shared/RowActionButton";
import { PageHeader } from "@/components/ui/card";
import { analyticsScope, parseAnalyticsFilters } from "@/lib/analytics/analytics-filters";
import { formatInZone, zonedDay } from "@/lib/dates";
import { requireUser } from "@/server/auth/session";
import type { SearchParams } from "@/server/page";
import { refreshAnalyticsAction } from "./actions";
import { ANALYTICS_TTL_MS, getCachedAnalytics } from "@/server/services/analytics/cached-analytics";
import { getLeadFilterOptions } from "@/server/services/leads/lead-filter-options";
import { listDealPipelines } from "@/server/services/pipelines/list-deal-pipelines";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { listUsers } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const filters = parseAnalyticsFilters(await searchParams);
  const scope = analyticsScope(filters, user, new Date());
  const [{ analytics, computedAt }, leadOptions, pipelines, stages, users] = await Promise.all([getCachedAnalytics(scope), getLeadFilterOptions(), listDealPipelines(), listLeadStages(), user.role === "SALES" ? null : listUsers()]);
  const lastDay = new Date(scope.to.getTime() - 1);
  const range = { from: zonedDay(scope.from, user.timeZone), to: zonedDay(lastDay, user.timeZone) };
  const rangeLabel = `between ${formatInZone(scope.from, user.timeZone)} and ${formatInZone(lastDay, user.timeZone)}${Object.values(filters).some(Boolean) ? " with these filters" : ""}`;
  const base = analytics.mrr.base;
  return (
    <>
      <PageHeader
        title="Analytics"
        description={`Revenue, outreach, conversion and team results ${rangeLabel}. Money in ${base}; weeks start on Monday in your time zone.${user.role === "SALES" ? " Showing your own records." : ""}`}
        actions={
          <>
            <span className="text-sm text-slate-500" title={`Figures are computed again after ${ANALYTICS_TTL_MS / 60_000} minutes`}>
              Figures as of {formatInZone(computedAt, user.timeZone, "HH:mm")}
            </span>
            <RowActionButton label="Refresh now" action={refreshAnalyticsAction} />
          </>
        }
      />
      <AnalyticsFilters
        filters={filters}
        range={range}
        options={{
          niches: leadOptions.niches,
          sources: leadOptions.sources,
          owners: users ? [{ value: "me", label: "Me" }, ...users.map((u) => ({ value: u.id, label: u.name }))] : null,
          pipelines: pipelines.map((p) => ({ value: p.id, label: p.name })),
          statuses: stages.map((s) => ({ value: s.id, label: s.name })),
        }}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ProjectRevenueChart months={analytics.projectRevenue.months} base={analytics.projectRevenue.base} missingRates={analytics.projectRevenue.missingRates} rangeLabel={rangeLabel} />
        <DealMetricsPanel metrics={analytics.deals} base={base} rangeLabel={rangeLabel} />
        <MrrCharts series={analytics.mrr.series} base={base} missingRates={analytics.mrr.missingRates} byCurrency={analytics.mrr.currentByCurrency} />
        <OutreachByChannelChart weeks={analytics.outreach} rangeLabel={rangeLabel} />
        <DealsClosedChart weeks={analytics.dealsClosed} base={base} rangeLabel={rangeLabel} />
        <LeadsByStatusChart statuses={analytics.leadStatuses} emptyMessage={`No open (unconverted) lead was created ${rangeLabel}.`} testId="chart-leads-by-status" />
        <ConversionFunnelChart steps={analytics.funnel} rangeLabel={rangeLabel} />
        <ChannelPerformanceChart channels={analytics.channels} rangeLabel={rangeLabel} />
        <TeamPerformanceChart members={analytics.team.members} base={analytics.team.base} missingRates={analytics.team.missingRates} rangeLabel={rangeLabel} />
      </div>
    </>
  );
}
