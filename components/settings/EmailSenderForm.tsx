"use client";

import { useState } from "react";
import { updateUserSenderAction } from "@/app/(app)/settings/email/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, InputField } from "@/components/ui/field";
import { userSenderSchema, type UserSenderInput } from "@/lib/validation/email-settings";

type UserSender = { emailFromName: string | null; emailReplyTo: string | null };

/** Profile → Email sender: the name your emails show and where replies to them go (blank: the defaults). */
export function EmailSenderForm({ sender, name }: { sender: UserSender; name: string }) {
  const [saved, setSaved] = useState(false);
  const { register, onSubmit, errorOf, formError, formState } = useActionForm<UserSenderInput, UserSender, null>({
    schema: userSenderSchema,
    defaultValues: { emailFromName: sender.emailFromName ?? "", emailReplyTo: sender.emailReplyTo ?? "" },
    action: (data) => {
      setSaved(false);
      return updateUserSenderAction(data);
    },
    onSuccess: () => setSaved(true),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      {saved ? <FormMessage tone="success">Saved</FormMessage> : null}
      <InputField label="Sender name" id="sender-emailFromName" placeholder={name} hint={`Blank: your name (${name})`} error={errorOf("emailFromName")} {...register("emailFromName")} />
      <InputField label="Reply-to" id="sender-emailReplyTo" type="email" hint="Blank: the workspace's reply-to (Settings → Email)" error={errorOf("emailReplyTo")} {...register("emailReplyTo")} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save sender"}
      </Button>
    </form>
  );
}
