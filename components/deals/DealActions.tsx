"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteDealAction } from "@/app/(app)/deals/actions";
import { Button, LinkButton } from "@/components/ui/button";

/** Edit, and delete (confirmed), on the deal page. */
export function DealActions({ dealId }: { dealId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <LinkButton href={`/deals/${dealId}/edit`}>Edit</LinkButton>
        {confirming ? (
          <>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await deleteDealAction(dealId);
                  if (!result.ok) return setError(result.error);
                  router.push("/deals");
                  router.refresh();
                })
              }
            >
              Confirm delete
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Delete
          </Button>
        )}
      </div>
      {error ? (
        <p className="text-sm text-red-600" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
