import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { TaskLinkField } from "@/lib/validation/task";
import type { TaskRow } from "@/server/services/tasks/task-row";
import { TaskList, type TaskViewer } from "./TaskList";

/**
 * The "Tasks" card of a lead, contact, company or deal page: its open tasks, soonest due first,
 * and "Add task", which opens a new task linked to the record.
 * @param link - the record, as the task field that links to it and its id.
 * @param total - how many open tasks it has (the card lists the first ones).
 */
export function RecordTasks({ link, tasks, total, viewer }: { link: { field: TaskLinkField; id: string }; tasks: TaskRow[]; total: number; viewer: TaskViewer }) {
  return (
    <Card data-testid="record-tasks">
      <CardHeader
        title={`Open tasks (${total})`}
        actions={
          <LinkButton href={`/tasks/new?${link.field}=${encodeURIComponent(link.id)}`} size="sm">
            Add task
          </LinkButton>
        }
      />
      {tasks.length ? <TaskList tasks={tasks} viewer={viewer} now={new Date()} /> : <p className="p-4 text-sm text-slate-500">No open tasks.</p>}
      {total > tasks.length ? <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">The {tasks.length} due soonest of {total}.</p> : null}
    </Card>
  );
}
