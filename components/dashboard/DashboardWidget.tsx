import type { WidgetData } from "@/server/services/dashboard/load-dashboard";
import type { WidgetId } from "@/lib/dashboard/widgets";
import type { DashboardView } from "@/lib/validation/dashboard-layout";
import { formatMoney } from "@/lib/money";
import { leadListSearch } from "@/lib/validation/lead-list";
import { taskListSearch } from "@/lib/validation/task-list";
import { BossCard } from "@/components/gamification/BossCard";
import { LevelCard } from "@/components/gamification/LevelCard";
import { MissionCard } from "@/components/gamification/MissionCard";
import { StreakCard } from "@/components/gamification/StreakCard";
import { DealsClosedByWeekChart } from "./DealsClosedByWeekChart";
import { FigureCard, type Figure } from "./FigureCard";
import { LeadsByStatusChart } from "./LeadsByStatusChart";
import { currencyBreakdown } from "./currency-breakdown";
import { missingRatesNote } from "./missing-rates-note";
import { OutreachByWeekChart } from "./OutreachByWeekChart";
import { PipelineValueChart } from "./PipelineValueChart";
import { RevenueForecastChart } from "./RevenueForecastChart";

const count = (n: number) => n.toLocaleString("en");
const counted = (label: string, n: number, extra: Omit<Figure, "label" | "value"> = {}): Figure => ({ label, value: count(n), zero: n === 0, ...extra });

/**
 * One widget of the home dashboard from its figures (`data`, loaded by loadDashboard). Amounts are
 * minor units of `base`. In the "my" view the follow-up links open the viewer's own leads.
 */
export function DashboardWidget<K extends WidgetId>({ id, data, view, base }: { id: K; data: WidgetData[K]; view: DashboardView; base: string }) {
  const mine = view === "my";
  const whose = mine ? "of yours" : "in the team";
  const money = (minor: number) => formatMoney(minor, base);
  // Narrowing a generic by its key needs the union; each case reads its own data.
  const w = { id, data } as { [T in WidgetId]: { id: T; data: WidgetData[T] } }[WidgetId];
  switch (w.id) {
    case "follow-ups": {
      const href = (followUp: "today" | "overdue") => `/leads${leadListSearch({ followUp, sort: "nextActionAt", dir: "asc", ...(mine ? { owner: "me" } : {}) })}`;
      return (
        <FigureCard
          id={w.id}
          title="Follow-ups"
          hint={mine ? "Your leads' next action dates" : "Everyone's leads' next action dates"}
          figures={[counted("Follow-ups due today", w.data.today, { href: href("today"), tone: "text-amber-600" }), counted("Overdue follow-ups", w.data.overdue, { href: href("overdue"), tone: "text-red-600" })]}
        />
      );
    }
    case "my-tasks": {
      const href = (due: "today" | "overdue") => `/tasks${taskListSearch({ due, assignee: "me" })}`;
      return (
        <FigureCard
          id={w.id}
          title="My tasks"
          hint="Assigned to you"
          figures={[counted("My tasks due today", w.data.today, { href: href("today"), tone: "text-amber-600" }), counted("My overdue tasks", w.data.overdue, { href: href("overdue"), tone: "text-red-600" })]}
        />
      );
    }
    case "new-leads":
      return <FigureCard id={w.id} title="New leads" figures={[counted("This week", w.data.week), counted("This month", w.data.month)]} />;
    case "outreach":
      return <FigureCard id={w.id} title="Outreach" hint="Outbound touches logged" figures={[counted("Today", w.data.today), counted("This week", w.data.week), counted("This month", w.data.month)]} />;
    case "new-clients":
      return <FigureCard id={w.id} title="New clients this month" hint="First project or recurring line this month" figures={[counted("Clients", w.data)]} />;
    case "project-revenue":
      return (
        <FigureCard
          id={w.id}
          title="Project revenue this month"
          hint={`${count(w.data.count)} paid project${w.data.count === 1 ? "" : "s"}`}
          note={missingRatesNote(w.data.missingRates)}
          figures={[{ label: "Paid", value: money(w.data.total), zero: w.data.total === 0, tone: "text-green-700" }]}
        />
      );
    case "mrr":
      return (
        <FigureCard
          id={w.id}
          title="MRR"
          hint={["Monthly recurring revenue now", currencyBreakdown(w.data.byCurrency, w.data.base)].filter(Boolean).join(". ")}
          note={missingRatesNote(w.data.missingRates)}
          figures={[
            { label: "Hosting", value: money(w.data.hosting), zero: w.data.hosting === 0 },
            { label: "SaaS", value: money(w.data.saas), zero: w.data.saas === 0 },
            { label: "Total MRR", value: money(w.data.total), zero: w.data.total === 0, tone: "text-green-700" },
          ]}
        />
      );
    case "quotes-pending":
      return (
        <FigureCard
          id={w.id}
          title="Quotes pending"
          hint={`${count(w.data.count)} quoted project${w.data.count === 1 ? "" : "s"}`}
          note={missingRatesNote(w.data.missingRates)}
          figures={[{ label: "Quoted", value: money(w.data.total), zero: w.data.total === 0 }]}
        />
      );
    case "potential-revenue":
      return (
        <FigureCard
          id={w.id}
          title="Potential revenue"
          hint={`${money(w.data.weightedDeals)} weighted deals + ${money(w.data.quotedProjects)} quotes`}
          note={missingRatesNote(w.data.missingRates)}
          figures={[{ label: "Potential", value: money(w.data.total), zero: w.data.total === 0 }]}
        />
      );
    case "leads-by-status":
      return <LeadsByStatusChart statuses={w.data} emptyMessage={`No open leads ${whose}.`} testId="widget-leads-by-status" />;
    case "revenue-forecast":
      return (
        <RevenueForecastChart
          months={w.data.months}
          base={w.data.base}
          missingRates={w.data.missingRates}
          emptyMessage={`Nothing forecast ${mine ? "for you" : "for the team"}: no recurring revenue, no open deals expected to close and no project payments due in the next three months.`}
        />
      );
    case "outreach-by-week":
      return <OutreachByWeekChart weeks={w.data} emptyMessage={`No outbound activity ${whose} in the last ${w.data.length} weeks.`} />;
    case "deals-closed-by-week":
      return <DealsClosedByWeekChart weeks={w.data} base={base} emptyMessage={`No deals ${whose} were won or lost in the last ${w.data.length} weeks.`} />;
    case "pipeline-value":
      return <PipelineValueChart pipelines={w.data.pipelines} base={base} missingRates={w.data.missingRates} emptyMessage={`No open deals ${whose} in any pipeline.`} />;
    case "game-level":
      return <LevelCard xp={w.data.xp} progress={w.data.progress} testId="widget-game-level" href="/gamification" />;
    case "game-streak":
      return <StreakCard current={w.data.currentStreak} longest={w.data.longestStreak} pausedUntil={w.data.pausedUntil} testId="widget-game-streak" href="/gamification" />;
    case "game-mission":
      return <MissionCard mission={w.data} testId="widget-game-mission" compact href="/missions" />;
    case "game-boss":
      return w.data ? <BossCard boss={w.data} testId="widget-game-boss" compact href="/boss" /> : null;
  }
}
