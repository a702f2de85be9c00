"use client";

import { useRouter } from "next/navigation";
import { deleteTemplateAction } from "@/app/(app)/templates/actions";
import { ConfirmDeleteButton } from "@/components/shared/ConfirmDeleteButton";

/** Deletes a template for good after a confirmation, then opens the templates list. */
export function DeleteTemplateButton({ templateId, name }: { templateId: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmDeleteButton
      name={`Delete “${name}”`}
      prompt="Delete this template and its variants?"
      onConfirm={async () => {
        const result = await deleteTemplateAction(templateId);
        return result.ok ? null : result.error;
      }}
      onDeleted={() => {
        router.push("/templates");
        router.refresh();
      }}
    />
  );
}
