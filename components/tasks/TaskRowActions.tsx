"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteTaskAction } from "@/app/(app)/tasks/actions";
import { Button, LinkButton } from "@/components/ui/button";

/**
 * Edit and Delete (confirmed) for a task, as far as the viewer may: `canEdit` shows Edit,
 * `canDelete` shows Delete. After a delete, goes to `afterDelete` (or refreshes the page).
 */
export function TaskRowActions({
  taskId,
  title,
  canEdit,
  canDelete,
  afterDelete,
  size = "sm",
}: {
  taskId: string;
  title: string;
  canEdit: boolean;
  canDelete: boolean;
  afterDelete?: string;
  size?: "sm" | "md";
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!canEdit && !canDelete) return null;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center justify-end gap-1">
        {canEdit && !confirming ? (
          <LinkButton href={`/tasks/${taskId}/edit`} variant="ghost" size={size} aria-label={`Edit “${title}”`}>
            Edit
          </LinkButton>
        ) : null}
        {canDelete ? (
          confirming ? (
            <>
              <Button
                variant="danger"
                size={size}
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteTaskAction(taskId);
                    if (!result.ok) return setError(result.error);
                    if (afterDelete) router.push(afterDelete);
                    router.refresh();
                  })
                }
              >
                {pending ? "Deleting…" : "Confirm delete"}
              </Button>
              <Button variant="ghost" size={size} onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button variant="ghost" size={size} aria-label={`Delete “${title}”`} onClick={() => setConfirming(true)}>
              Delete
            </Button>
          )
        ) : null}
      </div>
      {error ? (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
