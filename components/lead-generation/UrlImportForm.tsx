"use client";

import { useState } from "react";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, InputField, SelectField } from "@/components/ui/field";
import { IMPORT_PRESETS } from "@/lib/import/presets";
import { urlImportFormSchema } from "@/lib/validation/lead-generation";
import { runOrSchedule } from "./run-or-schedule";

/** Imports a CSV or JSON file at a URL with a preset, now or on a schedule (custom mappings: POST /api/jobs). */
export function UrlImportForm() {
  const [done, setDone] = useState<string | null>(null);
  const { register, formState: { isSubmitting }, formError, onSubmit, errorOf } = useActionForm({
    schema: urlImportFormSchema,
    defaultValues: { url: "", preset: "google-maps", cron: "" },
    action: ({ cron, ...settings }) => runOrSchedule({ source: "url-import", ...settings }, cron),
    onSuccess: () => setDone("Started; see Recent runs below."),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Import from a URL">
      <FormMessage>{formError}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      <InputField id="url-import-url" label="File URL (CSV or JSON)" placeholder="https://example.com/leads.csv" error={errorOf("url")} {...register("url")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="url-import-preset" label="Read with" options={Object.values(IMPORT_PRESETS).map((p) => ({ value: p.name, label: p.label }))} error={errorOf("preset")} {...register("preset")} />
        <InputField id="url-import-cron" label="Schedule (cron, optional)" placeholder="0 7 * * *" error={errorOf("cron")} {...register("cron")} />
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Starting…" : "Import"}
      </Button>
    </form>
  );
}
