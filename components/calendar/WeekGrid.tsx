import { cn } from "@/lib/cn";
import type { CalendarEntry } from "@/lib/tasks/calendar-entries";
import type { CalendarGrid } from "@/lib/tasks/calendar-grid";
import { CalendarEntryLink } from "./CalendarEntryLink";
import { WEEKDAYS } from "./MonthGrid";

/** A week as seven columns (stacked on phones), each listing all of the day's entries, untimed first. */
export function WeekGrid({ grid, entries, today }: { grid: CalendarGrid; entries: Map<string, CalendarEntry[]>; today: string }) {
  return (
    <div className="grid gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 md:grid-cols-7" data-testid="calendar-week">
      {grid.weeks[0].map((day, i) => {
        const dayEntries = entries.get(day) ?? [];
        return (
          <section key={day} className="min-h-40 bg-white p-2" data-day={day} aria-label={day}>
            <h3 className={cn("mb-2 text-xs font-semibold", day === today ? "text-brand-700" : "text-slate-600")} aria-current={day === today ? "date" : undefined}>
              {WEEKDAYS[i]} {Number(day.slice(8))}
              {day === today ? <span className="ml-1 rounded bg-brand-600 px-1 text-white">Today</span> : null}
            </h3>
            {dayEntries.length ? (
              <div className="space-y-1">
                {dayEntries.map((entry) => (
                  <CalendarEntryLink key={`${entry.kind}-${entry.id}`} entry={entry} wrap />
                ))}
              </div>
            ) : (
              <p className="text-xs text-slate-400">Nothing</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
