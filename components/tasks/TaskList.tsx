import Link from "next/link";
import { cn } from "@/lib/cn";
import { enumLabel, type Role } from "@/lib/enums";
import { dueSection } from "@/lib/tasks/due-section";
import { formatDue } from "@/lib/tasks/format-due";
import { canManageTask, canWorkOnTask } from "@/lib/tasks/task-permissions";
import type { TaskRow } from "@/server/services/tasks/task-row";
import { PriorityBadge } from "./TaskBadges";
import { TaskDoneCheckbox } from "./TaskDoneCheckbox";
import { TaskLinks } from "./TaskLinks";
import { TaskRowActions } from "./TaskRowActions";

export type TaskViewer = { id: string; role: Role; timeZone: string };

/**
 * Task rows: a checkbox to complete (or reopen) it, its title linking to its page, priority, type,
 * due date relative to the viewer's today (red when overdue or its time has passed), assignee and
 * linked records, then Edit and Delete where the viewer may.
 * @param now - the instant the page is rendered for.
 */
export function TaskList({ tasks, viewer, now, testId }: { tasks: TaskRow[]; viewer: TaskViewer; now: Date; testId?: string }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {tasks.map((task) => {
        const done = task.status === "DONE";
        const late = !done && task.dueAt !== null && (dueSection(task.dueAt, now, viewer.timeZone) === "overdue" || (!task.allDay && task.dueAt < now));
        const workable = canWorkOnTask(viewer, task);
        return (
          <li key={task.id} className="flex items-start gap-3 px-4 py-3" data-testid="task-row">
            <TaskDoneCheckbox taskId={task.id} title={task.title} done={done} disabled={!workable} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Link href={`/tasks/${task.id}`} className={cn("font-medium break-words hover:text-brand-700 hover:underline", done ? "text-slate-500 line-through" : "text-slate-900")}>
                  {task.title}
                </Link>
                {task.priority === "HIGH" || task.priority === "URGENT" ? <PriorityBadge priority={task.priority} /> : null}
                {task.status === "IN_PROGRESS" ? <span className="text-xs font-medium text-sky-700">In progress</span> : null}
              </div>
              <div className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-500">
                <span>{enumLabel(task.type)}</span>
                {done && task.completedAt ? (
                  <span>Done {formatDue(task.completedAt, false, now, viewer.timeZone)}</span>
                ) : task.dueAt ? (
                  <time dateTime={task.dueAt.toISOString()} className={cn(late && "font-medium text-red-600")}>
                    Due {formatDue(task.dueAt, task.allDay, now, viewer.timeZone)}
                  </time>
                ) : null}
                <span>{task.assignee ? (task.assignee.id === viewer.id ? "You" : task.assignee.name) : "Unassigned"}</span>
                <TaskLinks task={task} />
              </div>
            </div>
            <TaskRowActions taskId={task.id} title={task.title} canEdit={workable} canDelete={canManageTask(viewer, task)} />
          </li>
        );
      })}
    </ul>
  );
}
