"use client";

import { useState } from "react";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, InputField } from "@/components/ui/field";
import { Checkbox, Textarea } from "@/components/ui/input";
import { googleMapsRunFormSchema } from "@/lib/validation/lead-generation";
import { runOrSchedule } from "./run-or-schedule";

/**
 * Starts a Google Maps run through the gosom scraper — keywords (one search per line), language,
 * centre, zoom, radius (m), depth, email extraction, maximum minutes — now, or on a schedule when
 * one is given. Field errors from the shared schema.
 */
export function GoogleMapsRunForm({ configured }: { configured: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  const { register, formState: { isSubmitting }, formError, onSubmit, errorOf } = useActionForm({
    schema: googleMapsRunFormSchema,
    defaultValues: { keywords: "", lang: "en", zoom: "15", radius: "10000", depth: "10", email: false, maxTimeMinutes: "10", lat: "", lon: "", cron: "" },
    action: ({ cron, ...run }) => runOrSchedule({ source: "google-maps", ...run }, cron),
    onSuccess: () => setDone("Started; see Recent runs below."),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Google Maps run">
      <FormMessage>{formError}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      <Field label="Keywords (one search per line)" htmlFor="gmaps-keywords" error={errorOf("keywords")}>
        <Textarea id="gmaps-keywords" rows={2} placeholder={"restaurants in Paphos\ncafes in Limassol"} aria-invalid={!!errorOf("keywords")} {...register("keywords")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-4">
        <InputField id="gmaps-lang" label="Language" error={errorOf("lang")} {...register("lang")} />
        <InputField id="gmaps-lat" label="Latitude" inputMode="decimal" error={errorOf("lat")} {...register("lat")} />
        <InputField id="gmaps-lon" label="Longitude" inputMode="decimal" error={errorOf("lon")} {...register("lon")} />
        <InputField id="gmaps-zoom" label="Zoom (1–21)" inputMode="numeric" error={errorOf("zoom")} {...register("zoom")} />
        <InputField id="gmaps-radius" label="Radius (m)" inputMode="numeric" error={errorOf("radius")} {...register("radius")} />
        <InputField id="gmaps-depth" label="Depth" inputMode="numeric" error={errorOf("depth")} {...register("depth")} />
        <InputField id="gmaps-max" label="Max time (minutes)" inputMode="numeric" error={errorOf("maxTimeMinutes")} {...register("maxTimeMinutes")} />
        <InputField id="gmaps-cron" label="Schedule (cron, optional)" placeholder="0 6 * * 1" error={errorOf("cron")} {...register("cron")} />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <Checkbox {...register("email")} /> Visit websites for email addresses
      </label>
      <Button type="submit" disabled={isSubmitting || !configured}>
        {isSubmitting ? "Starting…" : "Run Google Maps"}
      </Button>
    </form>
  );
}
