"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import type { ActionResult } from "@/server/action";
import { ConfirmDeleteButton, failureOf } from "./ConfirmDeleteButton";

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
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!deleted) {
    return <ConfirmDeleteButton prompt={`Delete ${what}? It can be restored later.`} onConfirm={async () => failureOf(await onDelete())} onDeleted={() => router.refresh()} />;
  }
  const restore = () =>
    startTransition(async () => {
      setError(null);
      const failure = failureOf(await onRestore());
      if (failure) return setError(failure);
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="primary" disabled={pending} onClick={restore}>
        {pending ? "Restoring…" : "Restore"}
      </Button>
      <InlineError message={error} />
    </div>
  );
}
