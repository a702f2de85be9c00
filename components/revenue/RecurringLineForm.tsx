"use client";

import { createRecurringLineAction, updateRecurringLineAction } from "@/app/(app)/companies/[id]/revenue-actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, InputField, SelectField } from "@/components/ui/field";
import { RECURRING_KINDS } from "@/lib/revenue/mrr";
import { BILLING_PERIODS, newRecurringLineSchema, type NewRecurringLineInput } from "@/lib/validation/recurring-line";
import { BILLING_PERIOD_LABELS, RECURRING_KIND_LABELS } from "./revenue-labels";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/**
 * Create or edit a recurring revenue line of a company: kind, amount per billing period (major
 * units; MRR divides by 1, 3 or 12), start and optional end (days in the user's time zone; the
 * end is exclusive). Validates in the browser with the schema the server uses.
 */
export function RecurringLineForm({ lineId, defaults }: { lineId?: string; defaults: NewRecurringLineInput }) {
  const companyHref = `/companies/${defaults.companyId}`;
  const {
    register,
    formState: { isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: newRecurringLineSchema,
    defaultValues: defaults,
    action: (data) => (lineId ? updateRecurringLineAction(data.companyId, lineId, data) : createRecurringLineAction(data)),
    redirectTo: () => companyHref,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField label="Kind" options={RECURRING_KINDS.map((k) => ({ value: k, label: RECURRING_KIND_LABELS[k] }))} error={errorOf("kind")} {...register("kind")} />
        <div className="sm:col-span-2">
          <InputField label="Description" placeholder="e.g. Managed WordPress hosting" error={errorOf("description")} {...register("description")} />
        </div>
        <InputField label="Amount" type="number" inputMode="decimal" step="0.01" min={0} error={errorOf("amount")} {...register("amount", { setValueAs: numberOrNull })} />
        <InputField label="Currency" maxLength={3} className="uppercase" error={errorOf("currency")} {...register("currency")} />
        <SelectField label="Billed every" options={BILLING_PERIODS.map((p) => ({ value: p, label: BILLING_PERIOD_LABELS[p] }))} error={errorOf("billingPeriod")} {...register("billingPeriod")} />
        <InputField label="Starts" type="date" error={errorOf("startsDay")} {...register("startsDay")} />
        <InputField label="Ends" type="date" hint="End or cancellation date; empty: ongoing" error={errorOf("endsDay")} {...register("endsDay")} />
      </Card>
      <FormButtons submitLabel={lineId ? "Save changes" : "Add recurring line"} pending={isSubmitting} cancelHref={companyHref} />
    </form>
  );
}
