import type { Metadata } from "next";
import Link from "next/link";
import { GoogleMapsRunForm } from "@/components/lead-generation/GoogleMapsRunForm";
import { KeywordMonitorForm } from "@/components/lead-generation/KeywordMonitorForm";
import { LeadGenerationRuns } from "@/components/lead-generation/LeadGenerationRuns";
import { MonitorList } from "@/components/lead-generation/MonitorList";
import { ScheduleList } from "@/components/lead-generation/ScheduleList";
import { SourceStatsTable } from "@/components/lead-generation/SourceStatsTable";
import { UrlImportForm } from "@/components/lead-generation/UrlImportForm";
import { RefreshWhileActive } from "@/components/jobs/RefreshWhileActive";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { getLeadGenerationStats } from "@/server/services/lead-generation/get-lead-generation-stats";
import { listKeywordMonitors } from "@/server/services/lead-generation/list-keyword-monitors";
import { listLeadGenerationSources } from "@/server/services/lead-generation/list-lead-generation-sources";
import { listRecentLeadGenerationRuns } from "@/server/services/lead-generation/list-lead-generation-jobs";
import { listLeadGenerationSchedules } from "@/server/services/lead-generation/save-lead-generation-schedule";

export const metadata: Metadata = { title: "Lead generation" };

/**
 * /lead-generation: the control panel — the sources (Google Maps through gosom, keyword monitors,
 * imports from a URL, website audits) with Run now and schedules, the stats per source, and the
 * recent runs with progress, counts, errors, Cancel, Retry and Re-run. Refreshes while a run is
 * queued or running.
 */
export default async function LeadGenerationPage() {
  const user = await requireUser();
  const [sources, stats, runs, monitors, schedules] = await Promise.all([
    listLeadGenerationSources(),
    getLeadGenerationStats(),
    listRecentLeadGenerationRuns(user),
    listKeywordMonitors(),
    listLeadGenerationSchedules(),
  ]);
  const source = (name: string) => sources.find((s) => s.source === name)!;
  const status = (name: string) => (
    <Badge tone={source(name).configured ? "green" : "amber"}>{source(name).configured ? "Ready" : "Not configured"}</Badge>
  );
  return (
    <>
      <PageHeader title="Lead generation" description="Find leads: scrape Google Maps, watch feeds for pain signals, import files from a URL and audit websites." />
      <RefreshWhileActive active={runs.some((run) => run.status === "QUEUED" || run.status === "RUNNING")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader title={<span className="flex items-center gap-2">Google Maps {status("google-maps")}</span>} />
          <div className="space-y-3 p-4">
            <p className="text-sm text-slate-600">{source("google-maps").detail}</p>
            <GoogleMapsRunForm configured={source("google-maps").configured} />
          </div>
        </Card>
        <Card>
          <CardHeader title="Import from a URL" />
          <div className="space-y-3 p-4">
            <p className="text-sm text-slate-600">{source("url-import").detail}</p>
            <UrlImportForm />
          </div>
          <CardHeader title="Website audits" />
          <p className="p-4 text-sm text-slate-600">
            {source("website-audit").detail}: <Link href="/leads" className="text-brand-700 underline">open the leads list</Link>.
          </p>
        </Card>
      </div>
      <Card className="mt-4">
        <CardHeader title="Keyword monitors" />
        <div className="space-y-4 p-4">
          <p className="text-sm text-slate-600">{source("keyword-monitor").detail}. Matching posts become signals on leads (new, or matched by domain or name).</p>
          <MonitorList monitors={monitors} />
          <KeywordMonitorForm />
        </div>
      </Card>
      {schedules.length ? (
        <Card className="mt-4">
          <CardHeader title="Recurring runs" />
          <ScheduleList schedules={schedules} timeZone={user.timeZone} />
        </Card>
      ) : null}
      <Card className="mt-4">
        <CardHeader title="Leads per source" />
        <SourceStatsTable stats={stats} />
      </Card>
      <Card className="mt-4">
        <CardHeader title="Recent runs" />
        <LeadGenerationRuns runs={runs} timeZone={user.timeZone} />
      </Card>
    </>
  );
}
