"use client";

import { useRouter } from "next/navigation";
import { deleteTaskAction } from "@/app/(app)/tasks/actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";
import { LinkButton } from "@/components/ui/button";

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
  if (!canEdit && !canDelete) return null;
  return (
    <div className="flex flex-wrap items-start justify-end gap-1">
      {canEdit ? (
        <LinkButton href={`/tasks/${taskId}/edit`} variant="ghost" size={size} aria-label={`Edit “${title}”`}>
          Edit
        </LinkButton>
      ) : null}
      {canDelete ? (
        <ConfirmDeleteButton
          name={`Delete “${title}”`}
          size={size}
          variant="ghost"
          onConfirm={async () => failureOf(await deleteTaskAction(taskId))}
          onDeleted={() => {
            if (afterDelete) router.push(afterDelete);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
