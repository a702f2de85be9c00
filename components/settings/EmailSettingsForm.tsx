"use client";

import { useState } from "react";
import { updateEmailSettingsAction } from "@/app/(app)/settings/email/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, InputField } from "@/components/ui/field";
import { emailSettingsSchema, type EmailSettings, type EmailSettingsInput } from "@/lib/validation/email-settings";

/**
 * Settings → Email (admins): the workspace's From name and address and its Reply-To. The address
 * must be on a domain verified at Resend, or Resend refuses the sends.
 */
export function EmailSettingsForm({ settings }: { settings: EmailSettings }) {
  const [saved, setSaved] = useState(false);
  const { register, onSubmit, errorOf, formError, formState } = useActionForm<EmailSettingsInput, EmailSettings, null>({
    schema: emailSettingsSchema,
    defaultValues: { fromName: settings.fromName ?? "", fromAddress: settings.fromAddress, replyTo: settings.replyTo ?? "" },
    action: (data) => {
      setSaved(false);
      return updateEmailSettingsAction(data);
    },
    onSuccess: () => setSaved(true),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      {saved ? <FormMessage tone="success">Saved</FormMessage> : null}
      <InputField label="From address" id="email-fromAddress" type="email" hint="On a domain verified at Resend" error={errorOf("fromAddress")} {...register("fromAddress")} />
      <InputField label="From name" id="email-fromName" hint="Used when the sender has no name of their own (each user's name comes first)" error={errorOf("fromName")} {...register("fromName")} />
      <InputField label="Reply-to" id="email-replyTo" type="email" hint="Where replies go, unless a user set their own (optional)" error={errorOf("replyTo")} {...register("replyTo")} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
