"use client";

import { useState, useTransition } from "react";
import { sendTestEmailAction } from "@/app/(app)/settings/email/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/** Settings → Email → "Send test email": to the signed-in user, and says where it went. */
export function EmailTestButton() {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setMessage(null);
            const result = await sendTestEmailAction();
            if (!result.ok) return setMessage({ tone: "error", text: result.error });
            setMessage({ tone: "success", text: result.data.outbox ? `Test email to ${result.data.to} put in the outbox` : `Test email sent to ${result.data.to}` });
          })
        }
      >
        {pending ? "Sending…" : "Send test email"}
      </Button>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </div>
  );
}
