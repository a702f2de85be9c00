import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { CalendarGrid } from "@/lib/tasks/calendar-grid";
import { taskCalendarSearch, type TaskCalendarQuery } from "@/lib/validation/task-calendar";

const href = (query: Partial<TaskCalendarQuery>) => `/tasks/calendar${taskCalendarSearch(query)}`;

/** A segmented pair of links, the current one highlighted. */
function Segmented({ label, items }: { label: string; items: Array<{ href: string; label: string; current: boolean }> }) {
  return (
    <nav aria-label={label} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {items.map((item) => (
        <Link
          key={item.label}
          href={item.href}
          aria-current={item.current ? "page" : undefined}
          className={cn("rounded px-3 py-1 text-sm font-medium", item.current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100")}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}

/** The calendar's title, previous/today/next links, month/week switch and whose items it shows; all held in the URL. */
export function CalendarNav({ grid, query, today }: { grid: CalendarGrid; query: TaskCalendarQuery; today: string }) {
  const unit = grid.view === "month" ? "month" : "week";
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <LinkButton href={href({ ...query, date: grid.previous })} aria-label={`Previous ${unit}`} size="sm">
          ‹
        </LinkButton>
        <LinkButton href={href({ ...query, date: today })} size="sm">
          Today
        </LinkButton>
        <LinkButton href={href({ ...query, date: grid.next })} aria-label={`Next ${unit}`} size="sm">
          ›
        </LinkButton>
        <h2 className="ml-2 text-lg font-semibold text-slate-900" data-testid="calendar-title">
          {grid.title}
        </h2>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Segmented
          label="Whose"
          items={[
            { href: href({ ...query, assignee: undefined }), label: "Everyone", current: !query.assignee },
            { href: href({ ...query, assignee: "me" }), label: "Mine", current: query.assignee === "me" },
          ]}
        />
        <Segmented
          label="Calendar view"
          items={[
            { href: href({ ...query, view: "month" }), label: "Month", current: grid.view === "month" },
            { href: href({ ...query, view: "week" }), label: "Week", current: grid.view === "week" },
          ]}
        />
      </div>
    </div>
  );
}
