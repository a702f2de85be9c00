"use client";

import { useRouter } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/shared/ConfirmDeleteButton";
import { problemMessage } from "./problem-message";

/** Deletes an attachment (DELETE /api/attachments/:id) after a confirmation, then refreshes the page. */
export function DeleteAttachmentButton({ attachmentId, fileName }: { attachmentId: string; fileName: string }) {
  const router = useRouter();
  return (
    <ConfirmDeleteButton
      name={`Delete ${fileName}`}
      confirmName={`Confirm deleting ${fileName}`}
      size="sm"
      variant="ghost"
      onConfirm={async () => {
        const response = await fetch(`/api/attachments/${encodeURIComponent(attachmentId)}`, { method: "DELETE" });
        return response.ok ? null : problemMessage(response.status, await response.json().catch(() => null));
      }}
      onDeleted={() => router.refresh()}
    />
  );
}
