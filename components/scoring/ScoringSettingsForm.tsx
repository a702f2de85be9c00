"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveScoringSettingsAction } from "@/app/(app)/settings/scoring/actions";
import { Button } from "@/components/ui/button";
import { Field, InlineError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ScoringSettings } from "@/lib/validation/scoring";
import type { FieldErrors } from "@/lib/validation/zod-errors";

/** Settings → Scoring → Thresholds and decay: where HOT and WARM begin and the engagement half-life. */
export function ScoringSettingsForm({ settings }: { settings: ScoringSettings }) {
  const router = useRouter();
  const [values, setValues] = useState({ hotThreshold: String(settings.hotThreshold), warmThreshold: String(settings.warmThreshold), halfLifeDays: String(settings.halfLifeDays) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const field = (key: keyof typeof values, label: string, hint: string) => (
    <Field label={label} htmlFor={`scoring-${key}`} error={errors[key]?.[0]} hint={hint}>
      <Input id={`scoring-${key}`} type="number" step={1} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} className="max-w-32" />
    </Field>
  );
  return (
    <form
      className="flex flex-wrap items-start gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const num = (v: string) => (v.trim() === "" ? Number.NaN : Number(v));
          const result = await saveScoringSettingsAction({ hotThreshold: num(values.hotThreshold), warmThreshold: num(values.warmThreshold), halfLifeDays: num(values.halfLifeDays) });
          setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(result.ok ? { ok: true, text: "Saved; leads are being rescored" } : { ok: false, text: result.error });
          if (result.ok) router.refresh();
        });
      }}
    >
      {field("hotThreshold", "Hot from", "Score at or above: HOT")}
      {field("warmThreshold", "Warm from", "At or above (below hot): WARM")}
      {field("halfLifeDays", "Half-life (days)", "Engagement points halve every N days")}
      <div className="flex items-center gap-3 self-center">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        {message?.ok ? (
          <span role="status" className="text-sm text-green-700">
            {message.text}
          </span>
        ) : (
          <InlineError message={message?.text} />
        )}
      </div>
    </form>
  );
}
