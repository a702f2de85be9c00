import Link from "next/link";
import { StatLink } from "@/components/home/StatLink";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { formatInZone } from "@/lib/dates";
import { leadListSearch } from "@/lib/validation/lead-list";
import { taskListSearch } from "@/lib/validation/task-list";
import { requireUser } from "@/server/auth/session";
import { getLeadOverview } from "@/server/services/leads/lead-overview";
import { countMyDueTasks } from "@/server/services/tasks/count-my-due-tasks";

export default async function HomePage() {
  const user = await requireUser();
  const now = new Date();
  const [overview, tasks] = await Promise.all([getLeadOverview(user, now), countMyDueTasks(user, now)]);
  const max = Math.max(1, ...overview.byStage.map((s) => s.count));
  const followUps = (followUp: "today" | "overdue") => `/leads${leadListSearch({ followUp, sort: "nextActionAt", dir: "asc" })}`;
  const myTasks = (due: "today" | "overdue") => `/tasks${taskListSearch({ due, assignee: "me" })}`;
  return (
    <>
      <PageHeader
        title={`Hello, ${user.name.split(" ")[0]}`}
        description={`Your follow-ups and pipeline at a glance — ${formatInZone(now, user.timeZone, "EEEE d MMMM")}.`}
        actions={
          <>
            <LinkButton href="/tasks/new">New task</LinkButton>
            <LinkButton href="/leads/import">Import leads</LinkButton>
            <LinkButton href="/leads/new" variant="primary">
              New lead
            </LinkButton>
          </>
        }
      />
      <h2 className="mb-2 text-sm font-semibold text-slate-700">Today</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatLink label="Follow-ups due today" value={overview.followUpsToday} href={followUps("today")} tone="text-amber-600" hint="Leads' next action dates" />
        <StatLink label="Overdue follow-ups" value={overview.followUpsOverdue} href={followUps("overdue")} tone="text-red-600" hint="Leads' next action dates" />
        <StatLink label="My tasks due today" value={tasks.today} href={myTasks("today")} tone="text-amber-600" hint="Assigned to you" />
        <StatLink label="My overdue tasks" value={tasks.overdue} href={myTasks("overdue")} tone="text-red-600" hint="Assigned to you" />
      </div>
      <h2 className="mt-6 mb-2 text-sm font-semibold text-slate-700">Pipeline</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatLink label="Open leads" value={overview.openLeads} href="/leads" />
        <StatLink label="Converted (30 days)" value={overview.convertedThisMonth} href={`/leads${leadListSearch({ view: "converted" })}`} tone="text-green-700" />
      </div>
      <Card className="mt-6">
        <CardHeader title="Leads by status" />
        <ul className="space-y-2 p-4">
          {overview.byStage.map((stage) => (
            <li key={stage.id}>
              <Link href={`/leads${leadListSearch({ stage: [stage.id] })}`} className="grid grid-cols-[8rem_1fr_4rem] items-center gap-3 text-sm hover:text-brand-700">
                <span>{stage.name}</span>
                <span className="h-2.5 rounded-full bg-slate-100">
                  <span className="block h-full rounded-full" style={{ width: `${(stage.count / max) * 100}%`, backgroundColor: stage.color }} />
                </span>
                <span className="text-right tabular-nums">{stage.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
