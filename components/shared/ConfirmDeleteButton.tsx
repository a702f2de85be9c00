"use client";

import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";

/**
 * Delete with a confirmation step: *Delete* shows *Confirm delete* and *Cancel* (in a group named
 * `confirmName`, after an optional `prompt`). `onConfirm` deletes and resolves to an error
 * message, or null once deleted, after which `onDeleted` runs (navigate away, refresh). An
 * error shows below the buttons.
 * @param name - the accessible name of the first button (e.g. `Delete “Call Ada”`); default its text.
 * @param verbs - the buttons' texts for an action that is not a delete (e.g. revoking a key).
 */
export function ConfirmDeleteButton({
  onConfirm,
  onDeleted,
  name,
  confirmName = "Confirm delete",
  prompt,
  size = "md",
  variant = "secondary",
  verbs = { label: "Delete", confirm: "Confirm delete", pending: "Deleting…" },
}: {
  onConfirm: () => Promise<string | null>;
  onDeleted: () => void;
  name?: string;
  confirmName?: string;
  prompt?: ReactNode;
  size?: "sm" | "md";
  variant?: "secondary" | "ghost";
  verbs?: { label: string; confirm: string; pending: string };
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const failure = await onConfirm();
      if (failure) return setError(failure);
      setConfirming(false);
      onDeleted();
    });

  return (
    <div className="flex flex-col items-end gap-1">
      {confirming ? (
        <div role="group" aria-label={confirmName} className="flex flex-wrap items-center gap-2">
          {prompt ? <span className="text-sm text-slate-700">{prompt}</span> : null}
          <Button variant="danger" size={size} disabled={pending} onClick={confirm}>
            {pending ? verbs.pending : verbs.confirm}
          </Button>
          <Button variant="ghost" size={size} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant={variant} size={size} aria-label={name} onClick={() => setConfirming(true)}>
          {verbs.label}
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}

/** The error message of a failed server action result, or null when it succeeded. */
export const failureOf = (result: { ok: true } | { ok: false; error: string }): string | null => (result.ok ? null : result.error);
