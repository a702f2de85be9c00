"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeSuppressionAction } from "@/app/(app)/settings/suppression/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Takes an address off the suppression list after asking why (managers and admins; the reason is audited). */
export function RemoveSuppressionButton({ id, address }: { id: string; address: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!open) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label={`Remove ${address}`}>
        Remove
      </Button>
    );
  }
  const remove = () =>
    startTransition(async () => {
      const result = await removeSuppressionAction(id, { reason });
      if (!result.ok) return setError(result.fieldErrors?.reason?.[0] ?? result.error);
      setOpen(false);
      router.refresh();
    });
  return (
    <form
      className="flex flex-wrap items-center justify-end gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        remove();
      }}
    >
      <Input className="h-8 w-48" placeholder="Reason (required)" aria-label={`Why ${address} may be emailed again`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <Button type="submit" variant="danger" size="sm" disabled={pending}>
        {pending ? "Removing…" : "Confirm remove"}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
        Cancel
      </Button>
      {error ? (
        <span role="alert" className="w-full text-right text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </form>
  );
}
