import type { Role } from "@/lib/enums";

type User = { id: string; role: Role };
type TaskPeople = { assigneeId: string | null; createdById: string | null };

/**
 * Whether `user` may edit, complete or reopen a task: its assignee, its creator, or any MANAGER or
 * ADMIN. A SALES user may not touch a task that is neither assigned to nor created by them.
 * The service layer enforces this; the UI uses it to hide what would fail.
 */
export function canWorkOnTask(user: User, task: TaskPeople): boolean {
  return user.role !== "SALES" || task.assigneeId === user.id || task.createdById === user.id;
}

/**
 * Whether `user` may delete a task or hand it to someone else: its creator, or any MANAGER or
 * ADMIN. An assignee who did not create the task may work on it (canWorkOnTask) but not drop it.
 */
export function canManageTask(user: User, task: TaskPeople): boolean {
  return user.role !== "SALES" || task.createdById === user.id;
}
