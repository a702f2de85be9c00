import type { Metadata } from "next";
import { CalendarLegend } from "@/components/calendar/CalendarLegend";
import { CalendarNav } from "@/components/calendar/CalendarNav";
import { MonthGrid } from "@/components/calendar/MonthGrid";
import { WeekGrid } from "@/components/calendar/WeekGrid";
import { TaskViewTabs } from "@/components/tasks/TaskViewTabs";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { zonedDay } from "@/lib/dates";
import { calendarEntries } from "@/lib/tasks/calendar-entries";
import { calendarGrid } from "@/lib/tasks/calendar-grid";
import { taskCalendarQuerySchema } from "@/lib/validation/task-calendar";
import { requireUser } from "@/server/auth/session";
import { CALENDAR_ITEM_LIMIT, listCalendarItems } from "@/server/services/tasks/list-calendar-items";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Calendar" };

export default async function TaskCalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = taskCalendarQuerySchema.parse(await searchParams);
  const today = zonedDay(new Date(), user.timeZone);
  const grid = calendarGrid(query.view, query.date ?? today);
  const items = await listCalendarItems({ from: grid.from, until: grid.until, assignee: query.assignee }, user);
  const entries = calendarEntries(items, user.timeZone);
  return (
    <>
      <PageHeader
        title="Tasks"
        description={`Tasks by due date and lead follow-ups, in ${user.timeZone} time.`}
        actions={
          <LinkButton href="/tasks/new" variant="primary">
            New task
          </LinkButton>
        }
      />
      <TaskViewTabs current="calendar" />
      <CalendarNav grid={grid} query={query} today={today} />
      {items.truncated ? (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" role="status">
          This {grid.view} has more than {CALENDAR_ITEM_LIMIT.toLocaleString("en")} tasks or follow-ups; the soonest {CALENDAR_ITEM_LIMIT.toLocaleString("en")} of each are shown. Narrow it to your own, or to a week.
        </p>
      ) : null}
      {grid.view === "month" ? <MonthGrid grid={grid} entries={entries} today={today} query={query} /> : <WeekGrid grid={grid} entries={entries} today={today} />}
      <CalendarLegend />
    </>
  );
}
