import type { Metadata } from "next";
import Link from "next/link";
import { PriorityBadge } from "@/components/tasks/TaskBadges";
import { TaskDoneCheckbox } from "@/components/tasks/TaskDoneCheckbox";
import { TaskLinks } from "@/components/tasks/TaskLinks";
import { TaskRowActions } from "@/components/tasks/TaskRowActions";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, DetailItem } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import { SECTION_LABELS, taskSection } from "@/lib/tasks/due-section";
import { formatDue } from "@/lib/tasks/format-due";
import { canManageTask, canWorkOnTask } from "@/lib/tasks/task-permissions";
import { requireUser } from "@/server/auth/session";
import { getTask } from "@/server/services/tasks/get-task";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Task" };

const sectionTone = { overdue: "red", today: "amber", upcoming: "sky", none: "slate", completed: "green" } as const;

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const task = await orNotFound(getTask(id));
  const now = new Date();
  const section = taskSection(task, now, user.timeZone);
  const workable = canWorkOnTask(user, task);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <Link href="/tasks" className="hover:underline">
              Tasks
            </Link>
          </p>
          <div className="flex items-start gap-3">
            <span className="pt-1">
              <TaskDoneCheckbox taskId={task.id} title={task.title} done={task.status === "DONE"} disabled={!workable} />
            </span>
            <h1 className="text-xl font-semibold break-words text-slate-900">{task.title}</h1>
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Badge tone={sectionTone[section]}>{SECTION_LABELS[section]}</Badge>
            <Badge>{enumLabel(task.status)}</Badge>
            <PriorityBadge priority={task.priority} />
          </div>
        </div>
        <TaskRowActions taskId={task.id} title={task.title} canEdit={workable} canDelete={canManageTask(user, task)} afterDelete="/tasks" size="md" />
      </div>
      <Card>
        <CardHeader title="Details" />
        <dl className="grid gap-4 p-4 sm:grid-cols-2 xl:grid-cols-3">
          <DetailItem label="Type">{enumLabel(task.type)}</DetailItem>
          <DetailItem label="Due">{task.dueAt ? `${formatDue(task.dueAt, task.allDay, now, user.timeZone)}${task.allDay ? " (all day)" : ""}` : null}</DetailItem>
          <DetailItem label="Completed">{task.completedAt ? formatInZone(task.completedAt, user.timeZone, "d MMM yyyy, HH:mm") : null}</DetailItem>
          <DetailItem label="Assignee">{task.assignee?.name}</DetailItem>
          <DetailItem label="Created by">{task.createdBy ? `${task.createdBy.name}, ${formatInZone(task.createdAt, user.timeZone)}` : null}</DetailItem>
          <DetailItem label="Linked to">
            {task.lead || task.contact || task.company || task.deal ? (
              <span className="flex flex-col gap-0.5">
                <TaskLinks task={task} />
              </span>
            ) : null}
          </DetailItem>
        </dl>
        {task.notes ? <p className="border-t border-slate-200 p-4 text-sm whitespace-pre-wrap text-slate-700">{task.notes}</p> : null}
      </Card>
    </div>
  );
}
