import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { SECTION_LABELS, type TaskSection } from "@/lib/tasks/due-section";
import { sectionQuery, taskListSearch, type TaskListQuery } from "@/lib/validation/task-list";
import type { TaskSectionList } from "@/server/services/tasks/list-tasks";
import { TaskList, type TaskViewer } from "./TaskList";

const EMPTY: Record<TaskSection, string> = {
  overdue: "Nothing overdue.",
  today: "Nothing due today.",
  upcoming: "Nothing coming up.",
  none: "No tasks without a due date.",
  completed: "No completed tasks.",
};

const headingTone: Partial<Record<TaskSection, string>> = { overdue: "text-red-700", today: "text-amber-700" };

/**
 * The tasks page's sections, each with its heading and count. With several sections, each shows
 * its first rows and a "Show all" link to the list of that section alone; that list is paged.
 */
export function TaskSections({ sections, query, viewer, now }: { sections: TaskSectionList[]; query: TaskListQuery; viewer: TaskViewer; now: Date }) {
  if (!sections.length) return <p className="text-sm text-slate-500">No tasks match these filters.</p>;
  return (
    <div className="space-y-5">
      {sections.map(({ section, rows, total, page, pageSize, paged }) => {
        const pages = Math.max(1, Math.ceil(total / pageSize));
        return (
          <section key={section} aria-labelledby={`section-${section}`} data-testid={`section-${section}`}>
            <Card>
              <div className={cn("flex items-center justify-between gap-3 px-4 py-3", rows.length > 0 && "border-b border-slate-200")}>
                <h2 id={`section-${section}`} className={cn("text-sm font-semibold", headingTone[section] ?? "text-slate-800")}>
                  {SECTION_LABELS[section]} <span className="font-normal text-slate-500" data-testid="section-count">({total.toLocaleString("en")})</span>
                </h2>
                {total === 0 ? <span className="text-sm text-slate-500">{EMPTY[section]}</span> : null}
                {!paged && rows.length > 0 && total > rows.length ? (
                  <Link href={`/tasks${taskListSearch(sectionQuery(query, section))}`} className="text-sm text-brand-700 hover:underline">
                    Show all {total.toLocaleString("en")}
                  </Link>
                ) : null}
              </div>
              {rows.length ? <TaskList tasks={rows} viewer={viewer} now={now} /> : null}
              {paged && pages > 1 ? (
                <nav className="flex items-center justify-end gap-2 border-t border-slate-200 px-4 py-2 text-sm" aria-label="Pagination">
                  {page > 1 ? (
                    <LinkButton size="sm" href={`/tasks${taskListSearch({ ...query, page: page - 1 })}`}>
                      Previous
                    </LinkButton>
                  ) : null}
                  <span>
                    Page {page} of {pages}
                  </span>
                  {page < pages ? (
                    <LinkButton size="sm" href={`/tasks${taskListSearch({ ...query, page: page + 1 })}`}>
                      Next
                    </LinkButton>
                  ) : null}
                </nav>
              ) : null}
            </Card>
          </section>
        );
      })}
    </div>
  );
}
