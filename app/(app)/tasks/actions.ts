"use server";

import { revalidatePath } from "next/cache";
import type { TaskInput } from "@/lib/validation/task";
import { runAction } from "@/server/action";
import { completeTask } from "@/server/services/tasks/complete-task";
import { createTask } from "@/server/services/tasks/create-task";
import { deleteTask } from "@/server/services/tasks/delete-task";
import { reopenTask } from "@/server/services/tasks/reopen-task";
import type { TaskLinks } from "@/server/services/tasks/task-row";
import { updateTask } from "@/server/services/tasks/update-task";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** Revalidates the pages that show a task: the tasks pages, home, and the records it is (or was) linked to. */
function revalidateTaskPages(...links: Array<Partial<TaskLinks>>) {
  for (const path of ["/", "/tasks", "/tasks/calendar"]) revalidatePath(path);
  for (const link of links) {
    if (link.leadId) revalidatePath(`/leads/${link.leadId}`);
    if (link.contactId) revalidatePath(`/contacts/${link.contactId}`);
    if (link.companyId) revalidatePath(`/companies/${link.companyId}`);
    if (link.dealId) revalidatePath(`/deals/${link.dealId}`);
  }
}

export async function createTaskAction(input: TaskInput) {
  return runAction(async (user) => {
    const task = await createTask(user, input);
    revalidateTaskPages(input);
    return task;
  });
}

export async function updateTaskAction(taskId: string, input: TaskInput) {
  return runAction(async (user) => {
    const { links } = await updateTask(user, idOf(taskId), input);
    revalidateTaskPages(...links);
    revalidatePath(`/tasks/${idOf(taskId)}`);
    return { id: idOf(taskId) };
  });
}

/** The quick-complete checkbox: `done` completes the task, unchecking reopens it. */
export async function setTaskDoneAction(taskId: string, done: boolean) {
  return runAction(async (user) => {
    const { changed, links } = await (done === true ? completeTask : reopenTask)(user, idOf(taskId));
    revalidateTaskPages(links);
    revalidatePath(`/tasks/${idOf(taskId)}`);
    return { changed };
  });
}

export async function deleteTaskAction(taskId: string) {
  return runAction(async (user) => {
    const { links } = await deleteTask(user, idOf(taskId));
    revalidateTaskPages(links);
    return { deleted: 1 };
  });
}
