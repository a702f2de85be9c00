"use client";

import { logActivityAction } from "@/app/(app)/activities/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, InputField } from "@/components/ui/field";
import { localDateTimeValue } from "@/lib/activities/local-date-time";
import { activityInputSchema, type ActivityInput } from "@/lib/validation/activity";
import type { LoggedActivity } from "@/server/services/activities/record-activity";
import { ActivityFields } from "./ActivityFields";
import type { ActivityTarget } from "./activity-target";

/**
 * "Log activity" on a record's page: any loggable activity on that record, by default an outbound
 * call happening now (in the viewer's time zone); on a lead also its next follow-up day.
 */
export function LogActivityForm({ target, timeZone, onDone }: { target: ActivityTarget; timeZone: string; onDone: (logged: LoggedActivity) => void }) {
  const { register, watch, onSubmit, errorOf, formError, formState } = useActionForm<ActivityInput, unknown, LoggedActivity>({
    schema: activityInputSchema,
    defaultValues: { type: "CALL", direction: "OUTBOUND", outcome: "", occurredAt: localDateTimeValue(new Date(), timeZone), ...target },
    action: (_data, form) => logActivityAction(form.getValues()),
    onSuccess: onDone,
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage>{formError}</FormMessage>
      <ActivityFields register={register} type={watch("type")} errorOf={errorOf} idPrefix="log-activity" />
      {target.leadId ? (
        <InputField label="Next follow-up" type="date" id="log-activity-followUpDay" hint="Sets the lead's next action date" error={errorOf("followUpDay")} {...register("followUpDay")} />
      ) : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Logging…" : "Log activity"}
      </Button>
    </form>
  );
}
