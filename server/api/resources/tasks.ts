import { taskFormDefaults } from "@/components/tasks/task-form-defaults";
import { taskInputSchema } from "@/lib/validation/task";
import { taskListQuerySchema } from "@/lib/validation/task-list";
import { createTask } from "@/server/services/tasks/create-task";
import { deleteTask } from "@/server/services/tasks/delete-task";
import { getTask, type TaskDetail } from "@/server/services/tasks/get-task";
import { listTasksPage } from "@/server/services/tasks/list-tasks-page";
import type { TaskRow } from "@/server/services/tasks/task-row";
import { updateTask } from "@/server/services/tasks/update-task";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { taskRowSchema, taskSchema } from "../schemas/task-schemas";

const taskFilters = taskListQuerySchema.omit({ page: true });

const tasks: ApiResource<TaskRow, TaskDetail, typeof taskFilters> = {
  path: "tasks",
  name: "Task",
  tag: "Tasks",
  rowSchema: taskRowSchema,
  detailSchema: taskSchema,
  list: { filters: taskFilters, updatedSince: true, run: (actor, query, now) => listTasksPage(actor, query, now) },
  get: (_actor, id) => getTask(id),
};

/** /api/v1/tasks: the tasks page's filters; the task form (status DONE completes a task); delete. */
export const taskOperations = {
  list: listOperation(tasks),
  create: createOperation(tasks, {
    schema: taskInputSchema,
    description: "The task form's fields: `dueDay` (and optional `dueTime` \"HH:mm\") in the key owner's time zone; a day without a time is an all-day task.",
    run: (actor, input, now) => createTask(actor, input, now),
  }),
  get: getOperation(tasks),
  update: updateOperation(tasks, {
    schema: taskInputSchema,
    description: "Status DONE completes the task (a TASK_COMPLETED activity); leaving DONE reopens it.",
    current: (task, actor) => taskFormDefaults(task, actor.timeZone),
    run: (actor, id, input, now) => updateTask(actor, id, input, now),
  }),
  remove: deleteOperation(tasks, { run: deleteTask }),
};
