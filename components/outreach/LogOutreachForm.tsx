"use client";

import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { logOutreachAction } from "@/app/(app)/outreach/actions";
import { FormattingHint } from "@/components/activities/FormattingHint";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, InputField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { OUTREACH_TYPES, activityTypeLabel, outcomeLabel, type OutreachType } from "@/lib/activities/activity-types";
import { OUTREACH_OUTCOMES } from "@/lib/enums";
import { outreachInputSchema, type OutreachInput } from "@/lib/validation/outreach";
import type { LoggedActivity } from "@/server/services/activities/record-activity";
import { OutreachTargetPicker, type PickedTarget } from "./OutreachTargetPicker";

/** Whom the dialog was opened for (a lead row, a lead page, a board card); nothing: choose in the dialog. */
export type OutreachPreset = { leadId?: string; contactId?: string; dealId?: string; name?: string };

/** The browser remembers the last type logged, so the usual one is already chosen (one click fewer). */
const LAST_TYPE_KEY = "leadwell.outreach.type";

function lastType(): OutreachType {
  const stored = typeof window === "undefined" ? null : window.localStorage.getItem(LAST_TYPE_KEY);
  return (OUTREACH_TYPES as readonly string[]).includes(stored ?? "") ? (stored as OutreachType) : "EMAIL";
}

/** A row of radio buttons that look like toggle chips (one click to choose). */
function ChipGroup({ legend, options, register }: { legend: string; options: Array<{ value: string; label: string }>; register: UseFormRegisterReturn }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((o) => (
          <label key={o.value} className="cursor-pointer">
            <input type="radio" value={o.value} className="peer sr-only" {...register} />
            <span className="inline-flex h-8 items-center rounded-full border border-slate-300 px-3 text-sm text-slate-700 peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500 hover:bg-slate-50 peer-checked:hover:bg-brand-700">
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The "Log outreach" form: type and outcome as one-click chips (the last type used and "Contacted"
 * preselected, so opening and submitting logs a touch), whom (preset, or a lead/contact picker),
 * notes and the lead's next follow-up day.
 */
export function LogOutreachForm({ preset, onDone, onCancel }: { preset: OutreachPreset; onDone: (logged: LoggedActivity, values: { type: OutreachType; followUpDay: string | null }) => void; onCancel: () => void }) {
  const fixed = !!(preset.leadId || preset.contactId || preset.dealId);
  const [picked, setPicked] = useState<PickedTarget | null>(null);
  const [initialType] = useState(lastType);
  const { register, setValue, watch, getValues, onSubmit, errorOf, formError, formState } = useActionForm<OutreachInput, unknown, LoggedActivity>({
    schema: outreachInputSchema,
    defaultValues: { type: initialType, outcome: "CONTACTED", body: "", followUpDay: "", leadId: preset.leadId ?? "", contactId: preset.contactId ?? "", dealId: preset.dealId ?? "" },
    action: (_data, form) => logOutreachAction(form.getValues()),
    onSuccess: (logged) => {
      const type = getValues("type") as OutreachType;
      window.localStorage.setItem(LAST_TYPE_KEY, type);
      onDone(logged, { type, followUpDay: getValues("followUpDay") || null });
    },
  });
  const hasLead = !!watch("leadId");

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      <ChipGroup legend="Type" options={OUTREACH_TYPES.map((t) => ({ value: t, label: activityTypeLabel(t) }))} register={register("type")} />
      <Field label={fixed ? "With" : "With (optional)"} htmlFor="outreach-target" error={errorOf("leadId") ?? errorOf("contactId") ?? errorOf("dealId")}>
        {fixed ? (
          <p id="outreach-target" className="text-sm font-medium text-slate-900" data-testid="outreach-target">
            {preset.name ?? (preset.leadId ? "This lead" : preset.dealId ? "This deal" : "This contact")}
          </p>
        ) : (
          <OutreachTargetPicker
            id="outreach-target"
            value={picked}
            onChange={(target) => {
              setPicked(target);
              setValue("leadId", target?.kind === "lead" ? target.id : "");
              setValue("contactId", target?.kind === "contact" ? target.id : "");
              if (target?.kind !== "lead") setValue("followUpDay", "");
            }}
          />
        )}
      </Field>
      <ChipGroup
        legend="Outcome"
        options={[...OUTREACH_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) })), { value: "", label: "None" }]}
        register={register("outcome")}
      />
      <Field label="Notes" htmlFor="outreach-body" error={errorOf("body")}>
        <Textarea id="outreach-body" rows={3} aria-describedby="outreach-body-hint" aria-invalid={!!errorOf("body")} {...register("body")} />
        <FormattingHint id="outreach-body-hint" />
      </Field>
      {hasLead ? (
        <InputField label="Next follow-up" type="date" id="outreach-followUpDay" hint="Sets the lead's next action date" error={errorOf("followUpDay")} {...register("followUpDay")} />
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Logging…" : "Log outreach"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
