"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action";

/**
 * Soft delete with a confirmation step, or Restore for a deleted record. The actions are server
 * actions bound to the record's id.
 */
export function DeleteRestoreButton({
  deleted,
  what,
  onDelete,
  onRestore,
}: {
  deleted: boolean;
  /** The record as named in the confirmation, e.g. "this company". */
  what: string;
  onDelete: () => Promise<ActionResult<unknown>>;
  onRestore: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) return setError(result.error);
      setConfirming(false);
      router.refresh();
    });

  return (
    <div className="flex flex-col items-end gap-2">
      {deleted ? (
        <Button variant="primary" disabled={pending} onClick={() => run(onRestore)}>
          {pending ? "Restoring…" : "Restore"}
        </Button>
      ) : confirming ? (
        <div role="group" aria-label="Confirm delete" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">Delete {what}? It can be restored later.</span>
          <Button variant="danger" disabled={pending} onClick={() => run(onDelete)}>
            {pending ? "Deleting…" : "Confirm delete"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Delete
        </Button>
      )}
      {error ? (
        <p className="text-sm text-red-600" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
