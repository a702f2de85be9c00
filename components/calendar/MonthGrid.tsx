import Link from "next/link";
import { cn } from "@/lib/cn";
import type { CalendarEntry } from "@/lib/tasks/calendar-entries";
import type { CalendarGrid } from "@/lib/tasks/calendar-grid";
import { taskCalendarSearch, type TaskCalendarQuery } from "@/lib/validation/task-calendar";
import { CalendarEntryLink } from "./CalendarEntryLink";

export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** Entries a month cell shows before "+N more" (which opens that day's week). */
const PER_CELL = 3;

/** A month as weeks of day cells (Monday first); days of the neighbouring months are dimmed, today is marked. */
export function MonthGrid({ grid, entries, today, query }: { grid: CalendarGrid; entries: Map<string, CalendarEntry[]>; today: string; query: TaskCalendarQuery }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="calendar-month">
      <div className="grid min-w-[48rem] grid-cols-7 border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600">
        {WEEKDAYS.map((d) => (
          <div key={d} className="px-2 py-1.5">
            {d}
          </div>
        ))}
      </div>
      <div className="grid min-w-[48rem] grid-cols-7">
        {grid.weeks.flat().map((day) => {
          const dayEntries = entries.get(day) ?? [];
          const outside = !day.startsWith(grid.month);
          return (
            <div
              key={day}
              className={cn("min-h-28 border-r border-b border-slate-100 p-1 [&:nth-child(7n)]:border-r-0", outside && "bg-slate-50/70")}
              data-day={day}
            >
              <Link
                href={`/tasks/calendar${taskCalendarSearch({ ...query, view: "week", date: day })}`}
                className={cn(
                  "mb-1 inline-flex size-6 items-center justify-center rounded-full text-xs font-medium hover:bg-slate-100",
                  day === today ? "bg-brand-600 text-white hover:bg-brand-700" : outside ? "text-slate-400" : "text-slate-700",
                )}
                aria-label={`Week of ${day}`}
                aria-current={day === today ? "date" : undefined}
              >
                {Number(day.slice(8))}
              </Link>
              <div className="space-y-0.5">
                {dayEntries.slice(0, PER_CELL).map((entry) => (
                  <CalendarEntryLink key={`${entry.kind}-${entry.id}`} entry={entry} />
                ))}
                {dayEntries.length > PER_CELL ? (
                  <Link href={`/tasks/calendar${taskCalendarSearch({ ...query, view: "week", date: day })}`} className="block px-1.5 text-xs text-brand-700 hover:underline">
                    +{dayEntries.length - PER_CELL} more
                  </Link>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
