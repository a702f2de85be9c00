"use client";

import { useRouter } from "next/navigation";
import { deleteDealAction } from "@/app/(app)/deals/actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";
import { LinkButton } from "@/components/ui/button";

/** Edit, and delete (confirmed), on the deal page. */
export function DealActions({ dealId }: { dealId: string }) {
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-start gap-2">
      <LinkButton href={`/deals/${dealId}/edit`}>Edit</LinkButton>
      <ConfirmDeleteButton
        onConfirm={async () => failureOf(await deleteDealAction(dealId))}
        onDeleted={() => {
          router.push("/deals");
          router.refresh();
        }}
      />
    </div>
  );
}
