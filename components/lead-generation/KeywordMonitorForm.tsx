"use client";

import { saveKeywordMonitorAction } from "@/app/(app)/lead-generation/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { keywordMonitorInputSchema } from "@/lib/validation/lead-generation";

/** Adds a keyword monitor: an RSS/Atom feed or a Reddit search, keywords, negative keywords and an optional schedule. */
export function KeywordMonitorForm() {
  const { register, reset, formState: { isSubmitting }, formError, onSubmit, errorOf } = useActionForm({
    schema: keywordMonitorInputSchema,
    defaultValues: { name: "", kind: "FEED", url: "", keywords: "", negativeKeywords: "", cron: "" },
    action: (data) => saveKeywordMonitorAction(data),
    onSuccess: () => reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="New keyword monitor">
      <FormMessage>{formError}</FormMessage>
      <div className="grid gap-3 sm:grid-cols-3">
        <InputField id="monitor-name" label="Name" error={errorOf("name")} {...register("name")} />
        <SelectField id="monitor-kind" label="Kind" options={[{ value: "FEED", label: "RSS or Atom feed" }, { value: "REDDIT", label: "Reddit search" }]} error={errorOf("kind")} {...register("kind")} />
        <InputField id="monitor-url" label="Feed URL or Reddit search" error={errorOf("url")} {...register("url")} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Keywords (one per line)" htmlFor="monitor-keywords" error={errorOf("keywords")}>
          <Textarea id="monitor-keywords" rows={2} placeholder={"need a website\nweb designer"} aria-invalid={!!errorOf("keywords")} {...register("keywords")} />
        </Field>
        <Field label="Negative keywords" htmlFor="monitor-negative" error={errorOf("negativeKeywords")}>
          <Textarea id="monitor-negative" rows={2} placeholder="unpaid" {...register("negativeKeywords")} />
        </Field>
        <InputField id="monitor-cron" label="Schedule (cron, optional)" placeholder="0 * * * *" error={errorOf("cron")} {...register("cron")} />
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Add monitor"}
      </Button>
    </form>
  );
}
