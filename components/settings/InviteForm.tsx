"use client";

import { useState, useTransition } from "react";
import { inviteUserAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLES, enumLabel, type Role } from "@/lib/enums";
import type { FieldErrors } from "@/lib/validation/zod-errors";

/** Creates a one-time invite link for the admin to pass on (Leadwell sends no email for it). */
export function InviteForm() {
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const result = await inviteUserAction({ email: String(form.get("email")), role: String(form.get("role")) as Role });
          if (!result.ok) {
            setError(result.error);
            setFieldErrors(result.fieldErrors ?? {});
            return;
          }
          setError(null);
          setFieldErrors({});
          setLink(`${window.location.origin}${result.data.path}`);
        });
      }}
    >
      <FormMessage>{error}</FormMessage>
      <Field label="Email" htmlFor="invite-email" error={fieldErrors.email?.[0]}>
        <Input id="invite-email" name="email" type="email" required />
      </Field>
      <Field label="Role" htmlFor="invite-role" error={fieldErrors.role?.[0]}>
        <Select id="invite-role" name="role" defaultValue="SALES">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {enumLabel(r)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        Create invite link
      </Button>
      {link ? (
        <div className="space-y-1 rounded-md bg-green-50 p-3 text-sm text-green-800" role="status">
          <p>Send this one-time link to your teammate (valid 7 days):</p>
          <Input readOnly value={link} onFocus={(e) => e.currentTarget.select()} aria-label="Invite link" data-testid="invite-link" />
        </div>
      ) : null}
    </form>
  );
}
