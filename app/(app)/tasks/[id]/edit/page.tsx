import type { Metadata } from "next";
import { TaskForm } from "@/components/tasks/TaskForm";
import { taskFormDefaults, taskLinkChoices } from "@/components/tasks/task-form-defaults";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { canWorkOnTask } from "@/lib/tasks/task-permissions";
import { requireUser } from "@/server/auth/session";
import { getTask } from "@/server/services/tasks/get-task";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Edit task" };

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [task, users] = await Promise.all([orNotFound(getTask(id)), listUsers()]);
  if (!canWorkOnTask(user, task)) {
    return (
      <>
        <PageHeader title={`Edit ${task.title}`} description="Only the task's assignee, its creator, a manager or an admin can change this task." />
        <LinkButton href={`/tasks/${task.id}`}>Back to the task</LinkButton>
      </>
    );
  }
  return (
    <>
      <PageHeader title={`Edit ${task.title}`} />
      <TaskForm taskId={task.id} defaults={taskFormDefaults(task, user.timeZone)} links={taskLinkChoices(task)} users={users} timeZone={user.timeZone} returnTo={`/tasks/${task.id}`} />
    </>
  );
}
