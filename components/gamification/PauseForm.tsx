"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { endPauseAction, startPauseAction } from "@/app/(app)/settings/pause/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, InputField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { dayLabel } from "@/lib/gamification/day-labels";
import { pauseInputSchema, type PauseData, type PauseInput } from "@/lib/validation/gamification";

type ActivePause = { fromDay: string; toDay: string; reason: string; daysLeft: number };

/**
 * Settings → Pause mode: while a pause is active, its days and reason with *End pause*; otherwise
 * a form for 1–14 days and a reason (required).
 */
export function PauseForm({ pause }: { pause: ActivePause | null }) {
  const router = useRouter();
  const [ending, startEnding] = useTransition();
  const [endError, setEndError] = useState<string | null>(null);
  const { register, onSubmit, errorOf, formError, formState } = useActionForm<PauseInput, PauseData, unknown>({
    schema: pauseInputSchema,
    defaultValues: { days: 3, reason: "" },
    action: (data) => startPauseAction(data),
  });
  if (pause) {
    return (
      <div className="space-y-3" data-testid="pause-active">
        <p className="text-sm text-slate-700">
          Paused from <strong>{dayLabel(pause.fromDay)}</strong> to <strong>{dayLabel(pause.toDay)}</strong> ({pause.daysLeft} day{pause.daysLeft === 1 ? "" : "s"} left).
        </p>
        <p className="text-sm text-slate-600">Reason: {pause.reason}</p>
        <FormMessage>{endError}</FormMessage>
        <Button
          variant="secondary"
          disabled={ending}
          onClick={() =>
            startEnding(async () => {
              setEndError(null);
              const result = await endPauseAction();
              if (!result.ok) return setEndError(result.error);
              router.refresh();
            })
          }
        >
          {ending ? "Ending…" : "End pause"}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      <InputField label="Days" type="number" min={1} max={14} step={1} hint="1 to 14 days, starting today" error={errorOf("days")} className="max-w-28" {...register("days", { valueAsNumber: true })} />
      <Field label="Reason" htmlFor="reason" error={errorOf("reason")} hint="Required: holiday, illness, a conference…">
        <Textarea id="reason" rows={2} maxLength={300} aria-invalid={!!errorOf("reason")} aria-describedby={errorOf("reason") ? "reason-error" : undefined} {...register("reason")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Starting…" : "Start pause"}
      </Button>
    </form>
  );
}
