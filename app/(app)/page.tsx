import { DashboardCustomiser } from "@/components/dashboard/DashboardCustomiser";
import { DashboardViewSwitch } from "@/components/dashboard/DashboardViewSwitch";
import { DashboardWidget } from "@/components/dashboard/DashboardWidget";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatInZone } from "@/lib/dates";
import { defaultDashboardLayout, widgetById } from "@/lib/dashboard/widgets";
import { dashboardViewSchema } from "@/lib/validation/dashboard-layout";
import { requireUser } from "@/server/auth/session";
import { loadDashboard } from "@/server/services/dashboard/load-dashboard";

const SPAN = { 1: "", 2: "sm:col-span-2", 4: "sm:col-span-2 lg:col-span-4" } as const;

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const now = new Date();
  const dashboard = await loadDashboard(user, dashboardViewSchema.parse((await searchParams).view), now);
  const titled = (entries: typeof dashboard.layout) => entries.map((e) => ({ ...e, title: widgetById(e.id).title }));
  return (
    <>
      <PageHeader
        title={`Hello, ${user.name.split(" ")[0]}`}
        description={`${dashboard.view === "team" ? "The team's" : "Your"} follow-ups, outreach and revenue at a glance — ${formatInZone(now, user.timeZone, "EEEE d MMMM")}. Amounts in ${dashboard.base}.`}
        actions={
          <>
            {dashboard.canSeeTeam ? <DashboardViewSwitch view={dashboard.view} /> : null}
            <DashboardCustomiser layout={titled(dashboard.layout)} defaults={titled(defaultDashboardLayout())} />
            <LinkButton href="/tasks/new">New task</LinkButton>
            <LinkButton href="/leads/import">Import leads</LinkButton>
            <LinkButton href="/leads/new" variant="primary">
              New lead
            </LinkButton>
          </>
        }
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {dashboard.layout
          .filter((entry) => !entry.hidden)
          .map(({ id }) => (
            <div key={id} className={cn("min-w-0", SPAN[widgetById(id).span])}>
              <DashboardWidget id={id} data={dashboard.data[id]!} view={dashboard.view} base={dashboard.base} />
            </div>
          ))}
      </div>
      {dashboard.layout.every((entry) => entry.hidden) ? <p className="text-sm text-slate-500">Every widget is hidden. Use Customise to show some.</p> : null}
    </>
  );
}
