"use client";

import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { updateRevenueCurrenciesAction } from "@/app/(app)/settings/revenue/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, InlineError, InputField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { revenueCurrencySettingsSchema, type RevenueCurrencySettingsInput } from "@/lib/validation/revenue-settings";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/**
 * Settings → Revenue → Currencies (admins): the base currency that totals and MRR are kept in,
 * and one rate per other currency ("1 USD = 0.92 EUR"), entered by hand (nothing is fetched).
 * Saving refreshes every company's revenue figures.
 */
export function RevenueCurrenciesForm({ baseCurrency, rates }: { baseCurrency: string; rates: Array<{ currency: string; rate: number }> }) {
  const [saved, setSaved] = useState(false);
  const { register, control, watch, onSubmit, errorOf, formError, formState } = useActionForm({
    schema: revenueCurrencySettingsSchema,
    defaultValues: { baseCurrency, rates } satisfies RevenueCurrencySettingsInput,
    action: (data) => {
      setSaved(false);
      return updateRevenueCurrenciesAction(data);
    },
    onSuccess: () => setSaved(true),
  });
  const { fields, append, remove } = useFieldArray({ control, name: "rates" });
  const base = (watch("baseCurrency") || "").toUpperCase();
  const itemError = (i: number) => errorOf(`rates.${i}.currency`) ?? errorOf(`rates.${i}.rate`);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      {saved ? <FormMessage tone="success">Saved; every company&apos;s revenue figures were refreshed.</FormMessage> : null}
      <div className="max-w-48">
        <InputField label="Base currency" maxLength={3} className="uppercase" hint="Totals and MRR are shown in it" error={errorOf("baseCurrency")} {...register("baseCurrency")} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Exchange rates</legend>
        {fields.length === 0 ? <p className="text-sm text-slate-500">No rates: amounts in other currencies are left out of the totals.</p> : null}
        {fields.map((field, i) => (
          <div key={field.id} className="space-y-1">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span>1</span>
              <Input aria-label={`Currency ${i + 1}`} maxLength={3} className="w-20 uppercase" {...register(`rates.${i}.currency`)} />
              <span>=</span>
              <Input aria-label={`Rate ${i + 1}`} type="number" inputMode="decimal" step="any" min={0} className="w-32" {...register(`rates.${i}.rate`, { setValueAs: numberOrNull })} />
              <span>{base}</span>
              <Button size="sm" variant="ghost" onClick={() => remove(i)} aria-label={`Remove rate ${i + 1}`}>
                Remove
              </Button>
            </div>
            <InlineError message={itemError(i)} />
          </div>
        ))}
        <InlineError message={fields.length ? undefined : errorOf("rates")} />
        <Button size="sm" variant="secondary" onClick={() => append({ currency: "", rate: 1 })}>
          Add rate
        </Button>
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
