"use client";

import { useState, useTransition } from "react";
import { updateProfileAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/validation/zod-errors";

/** Name and time zone ("today" for follow-ups is the user's today in this zone). */
export function ProfileForm({ name, timeZone }: { name: string; timeZone: string }) {
  const zones = Intl.supportedValuesOf("timeZone");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const result = await updateProfileAction({ name: String(form.get("name")), timeZone: String(form.get("timeZone")) });
          setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(result.ok ? { tone: "success", text: "Saved" } : { tone: "error", text: result.error });
        });
      }}
    >
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Field label="Name" htmlFor="name" error={fieldErrors.name?.[0]}>
        <Input id="name" name="name" defaultValue={name} />
      </Field>
      <Field label="Time zone" htmlFor="timeZone" error={fieldErrors.timeZone?.[0]}>
        <Select id="timeZone" name="timeZone" defaultValue={timeZone}>
          {[...new Set(["UTC", ...zones])].map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
