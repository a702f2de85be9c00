"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { problemMessage } from "./problem-message";

/** Deletes an attachment (DELETE /api/attachments/:id) after a confirmation, then refreshes the page. */
export function DeleteAttachmentButton({ attachmentId, fileName }: { attachmentId: string; fileName: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const response = await fetch(`/api/attachments/${encodeURIComponent(attachmentId)}`, { method: "DELETE" });
      if (!response.ok) return setError(problemMessage(response.status, await response.json().catch(() => null)));
      setConfirming(false);
      router.refresh();
    });

  return (
    <div className="flex flex-col items-end gap-1">
      {confirming ? (
        <div role="group" aria-label={`Confirm deleting ${fileName}`} className="flex items-center gap-1">
          <Button variant="danger" size="sm" disabled={pending} onClick={remove}>
            {pending ? "Deleting…" : "Delete"}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="ghost" size="sm" aria-label={`Delete ${fileName}`} onClick={() => setConfirming(true)}>
          Delete
        </Button>
      )}
      {error ? (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
