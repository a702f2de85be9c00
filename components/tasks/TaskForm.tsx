"use client";

import { useState } from "react";
import { createTaskAction, updateTaskAction } from "@/app/(app)/tasks/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES, enumLabel } from "@/lib/enums";
import { TASK_LINK_FIELDS, taskInputSchema, type TaskInput } from "@/lib/validation/task";
import type { UserSummary } from "@/server/services/users/manage-users";
import { TaskLinksField, type TaskLinkChoice } from "./TaskLinksField";

const options = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, label: enumLabel(v) }));

/**
 * Create or edit a task. The due date and the optional time are in the user's time zone (a date
 * alone makes an all-day task; past dates are allowed). Validated in the browser with the schema
 * the server uses; the server's field errors show on their fields too.
 * @param links - the records the task is linked to, with their names.
 * @param returnTo - where to go after saving (a new task: its record's page or the tasks list).
 */
export function TaskForm({
  taskId,
  defaults,
  links: initialLinks,
  users,
  timeZone,
  returnTo,
}: {
  taskId?: string;
  defaults: TaskInput;
  links: TaskLinkChoice[];
  users: UserSummary[];
  timeZone: string;
  returnTo: string;
}) {
  const [links, setLinks] = useState(initialLinks);
  const {
    register,
    setValue,
    formState: { isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: taskInputSchema,
    defaultValues: defaults,
    action: (data) => (taskId ? updateTaskAction(taskId, data) : createTaskAction(data)),
    redirectTo: () => returnTo,
  });
  const linkError = TASK_LINK_FIELDS.map((field) => errorOf(field)).find(Boolean);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <InputField label="Title" error={errorOf("title")} placeholder="e.g. Call back about the quote" {...register("title")} />
        </div>
        <SelectField label="Type" options={options(TASK_TYPES)} error={errorOf("type")} {...register("type")} />
        <SelectField label="Priority" options={options(TASK_PRIORITIES)} error={errorOf("priority")} {...register("priority")} />
        <SelectField label="Status" options={options(TASK_STATUSES)} error={errorOf("status")} {...register("status")} />
        <InputField label="Due date" type="date" error={errorOf("dueDay")} hint="Leave empty for no due date" {...register("dueDay")} />
        <InputField label="Due time" type="time" error={errorOf("dueTime")} hint={`Optional; ${timeZone} time. Without it: all day`} {...register("dueTime")} />
        <SelectField
          label="Assignee"
          options={[{ value: "", label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
          error={errorOf("assigneeId")}
          {...register("assigneeId")}
        />
        <Field label="Linked records" htmlFor="task-links" error={linkError} className="sm:col-span-2 lg:col-span-3">
          <TaskLinksField
            id="task-links"
            value={links}
            error={linkError}
            onChange={(next) => {
              setLinks(next);
              for (const field of TASK_LINK_FIELDS) setValue(field, next.find((l) => l.field === field)?.id ?? null);
            }}
          />
        </Field>
        <Field label="Notes" htmlFor="notes" error={errorOf("notes")} className="sm:col-span-2 lg:col-span-3">
          <Textarea id="notes" rows={4} {...register("notes")} />
        </Field>
      </Card>
      <FormButtons submitLabel={taskId ? "Save changes" : "Create task"} pending={isSubmitting} cancelHref={returnTo} />
    </form>
  );
}
