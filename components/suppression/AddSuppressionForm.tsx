"use client";

import { addSuppressionAction } from "@/app/(app)/settings/suppression/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { suppressionInputSchema, type SuppressionInput } from "@/lib/validation/suppression";

/** Adds an address to the suppression list by hand (reason Manual), with an optional note. */
export function AddSuppressionForm() {
  const form = useActionForm({
    schema: suppressionInputSchema,
    defaultValues: { address: "", note: "" } satisfies SuppressionInput,
    action: (data) => addSuppressionAction(data),
    onSuccess: () => form.reset(),
  });
  return (
    <form className="space-y-3" noValidate onSubmit={form.onSubmit} aria-label="Add an address">
      <FormMessage>{form.formError}</FormMessage>
      <Field label="Email address" htmlFor="suppression-address" error={form.errorOf("address")}>
        <Input id="suppression-address" type="email" autoComplete="off" {...form.register("address")} />
      </Field>
      <Field label="Note" htmlFor="suppression-note" error={form.errorOf("note")} hint="Optional: why it must not be emailed">
        <Input id="suppression-note" {...form.register("note")} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Adding…" : "Add to the list"}
      </Button>
    </form>
  );
}
