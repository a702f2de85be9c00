"use client";

import { updateActivityAction } from "@/app/(app)/activities/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { formatDuration } from "@/lib/activities/duration";
import { localDateTimeValue } from "@/lib/activities/local-date-time";
import { activityUpdateSchema, type ActivityUpdateInput } from "@/lib/validation/activity";
import { ActivityFields } from "./ActivityFields";
import type { EditableActivity } from "./editable-activity";

/** Edits a logged activity (its fields; not the records it belongs to). */
export function EditActivityForm({ activity, timeZone, onDone }: { activity: EditableActivity; timeZone: string; onDone: () => void }) {
  const { register, watch, onSubmit, errorOf, formError, formState } = useActionForm<ActivityUpdateInput, unknown, { id: string }>({
    schema: activityUpdateSchema,
    defaultValues: {
      type: activity.type,
      direction: activity.direction ?? "",
      outcome: activity.outcome ?? "",
      subject: activity.subject ?? "",
      body: activity.body ?? "",
      occurredAt: localDateTimeValue(activity.occurredAt, timeZone),
      duration: activity.durationSeconds === null ? "" : formatDuration(activity.durationSeconds),
    },
    action: (_data, form) => updateActivityAction(activity.id, form.getValues()),
    onSuccess: onDone,
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage>{formError}</FormMessage>
      <ActivityFields register={register} type={watch("type")} errorOf={errorOf} idPrefix={`edit-${activity.id}`} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
