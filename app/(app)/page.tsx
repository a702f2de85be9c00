import Link from "next/link";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { leadListSearch } from "@/lib/validation/lead-list";
import { requireUser } from "@/server/auth/session";
import { getLeadOverview } from "@/server/services/leads/lead-overview";

function Stat({ label, value, href, tone = "text-slate-900" }: { label: string; value: number; href: string; tone?: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-500" data-testid={`stat-${label}`}>
      <div className="text-sm text-slate-500">{label}</div>
      <div className={`mt-1 text-3xl font-semibold ${tone}`}>{value.toLocaleString("en")}</div>
    </Link>
  );
}

export default async function HomePage() {
  const user = await requireUser();
  const overview = await getLeadOverview(user);
  const max = Math.max(1, ...overview.byStage.map((s) => s.count));
  return (
    <>
      <PageHeader
        title={`Hello, ${user.name.split(" ")[0]}`}
        description="Your follow-ups and pipeline at a glance."
        actions={
          <>
            <LinkButton href="/leads/import">Import leads</LinkButton>
            <LinkButton href="/leads/new" variant="primary">
              New lead
            </LinkButton>
          </>
        }
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Follow-ups due today" value={overview.followUpsToday} href={`/leads${leadListSearch({ followUp: "today", sort: "nextActionAt", dir: "asc" })}`} tone="text-amber-600" />
        <Stat label="Overdue follow-ups" value={overview.followUpsOverdue} href={`/leads${leadListSearch({ followUp: "overdue", sort: "nextActionAt", dir: "asc" })}`} tone="text-red-600" />
        <Stat label="Open leads" value={overview.openLeads} href="/leads" />
        <Stat label="Converted (30 days)" value={overview.convertedThisMonth} href={`/leads${leadListSearch({ view: "converted" })}`} tone="text-green-700" />
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
