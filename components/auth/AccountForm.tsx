"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/server/action";

type AccountFormResult = ActionResult<{ email: string }>;

/**
 * Name + email + password form used by first-run setup and by invite acceptance; signs the new
 * user in after the account is created. `fixedEmail` shows the invited email read-only.
 */
export function AccountForm({
  action,
  submitLabel,
  fixedEmail,
}: {
  action: (input: { name: string; email: string; password: string }) => Promise<AccountFormResult>;
  submitLabel: string;
  fixedEmail?: string;
}) {
  const router = useRouter();
  const [result, setResult] = useState<AccountFormResult | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: fixedEmail ?? String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    const outcome = await action(input);
    setResult(outcome);
    if (outcome.ok) {
      await signIn("credentials", { email: outcome.data.email, password: input.password, redirect: false });
      router.replace("/");
      router.refresh();
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage>{result && !result.ok ? result.error : null}</FormMessage>
      <Field label="Your name" htmlFor="name" error={errors.name?.[0]}>
        <Input id="name" name="name" autoComplete="name" aria-invalid={!!errors.name} required />
      </Field>
      <Field label="Email" htmlFor="email" error={errors.email?.[0]}>
        {fixedEmail ? (
          <Input id="email" value={fixedEmail} readOnly disabled />
        ) : (
          <Input id="email" name="email" type="email" autoComplete="email" aria-invalid={!!errors.email} required />
        )}
      </Field>
      <Field label="Password" htmlFor="password" error={errors.password?.[0]} hint="At least 10 characters">
        <Input id="password" name="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Please wait…" : submitLabel}
      </Button>
    </form>
  );
}
