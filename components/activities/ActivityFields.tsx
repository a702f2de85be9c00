"use client";

import type { UseFormRegister } from "react-hook-form";
import { DIRECTED_TYPES, LOGGABLE_ACTIVITY_TYPES, TIMED_TYPES, activityTypeLabel, outcomeLabel } from "@/lib/activities/activity-types";
import { OUTREACH_OUTCOMES, type ActivityType } from "@/lib/enums";
import type { ActivityUpdateInput } from "@/lib/validation/activity";
import { Field, InputField, SelectField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { FormattingHint } from "./FormattingHint";

/**
 * The fields of an activity, for logging one and editing one: type, direction and outcome (for
 * touches), when, duration (calls and meetings), subject and text (markdown). Fields that do not
 * apply to the chosen type are hidden (the schema drops their values).
 * @param idPrefix - makes the ids unique when several forms are on a page.
 */
export function ActivityFields({
  register,
  type,
  errorOf,
  idPrefix,
}: {
  register: UseFormRegister<ActivityUpdateInput>;
  type: ActivityType;
  errorOf: (name: keyof ActivityUpdateInput) => string | undefined;
  idPrefix: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const directed = DIRECTED_TYPES.includes(type);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="Type"
        id={id("type")}
        error={errorOf("type")}
        options={LOGGABLE_ACTIVITY_TYPES.map((t) => ({ value: t, label: activityTypeLabel(t) }))}
        {...register("type")}
      />
      {directed ? (
        <SelectField
          label="Direction"
          id={id("direction")}
          error={errorOf("direction")}
          options={[
            { value: "", label: "—" },
            { value: "OUTBOUND", label: "Outbound" },
            { value: "INBOUND", label: "Inbound" },
          ]}
          {...register("direction")}
        />
      ) : (
        <div aria-hidden />
      )}
      <InputField label="When" type="datetime-local" id={id("occurredAt")} error={errorOf("occurredAt")} {...register("occurredAt")} />
      {TIMED_TYPES.includes(type) ? (
        <InputField label="Duration" id={id("duration")} placeholder="12:30" hint="Minutes, or m:ss" error={errorOf("duration")} {...register("duration")} />
      ) : null}
      {directed ? (
        <SelectField
          label="Outcome"
          id={id("outcome")}
          error={errorOf("outcome")}
          options={[{ value: "", label: "—" }, ...OUTREACH_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))]}
          {...register("outcome")}
        />
      ) : null}
      <div className="sm:col-span-2">
        <InputField label="Subject" id={id("subject")} error={errorOf("subject")} {...register("subject")} />
      </div>
      <div className="sm:col-span-2">
        <Field label={type === "NOTE" ? "Note" : "Details"} htmlFor={id("body")} error={errorOf("body")}>
          <Textarea id={id("body")} rows={4} aria-invalid={!!errorOf("body")} aria-describedby={`${id("body")}-hint`} {...register("body")} />
          <FormattingHint id={`${id("body")}-hint`} />
        </Field>
      </div>
    </div>
  );
}
