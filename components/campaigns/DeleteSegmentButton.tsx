"use client";

import { useRouter } from "next/navigation";
import { deleteSegmentAction } from "@/app/(app)/campaigns/actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";

/**
 * Deletes a saved segment after a confirmation, then refreshes the list. A segment that an unsent
 * campaign uses is refused by the service; its message shows under the button.
 */
export function DeleteSegmentButton({ segmentId, name }: { segmentId: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmDeleteButton
      size="sm"
      variant="ghost"
      name={`Delete segment “${name}”`}
      confirmName={`Confirm deleting segment “${name}”`}
      prompt="Delete this segment?"
      onConfirm={async () => failureOf(await deleteSegmentAction(segmentId))}
      onDeleted={() => router.refresh()}
    />
  );
}
