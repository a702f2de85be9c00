"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { unenrolAction } from "@/app/(app)/sequences/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";

/** Ends an active enrolment by hand, after a confirmation. */
export function UnenrolButton({ enrolmentId, name }: { enrolmentId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Unenrol ${name}`}>
        Unenrol
      </Button>
    );
  }
  return (
    <span className="inline-flex items-center gap-1" role="alertdialog" aria-label={`Confirm unenrol ${name}`}>
      <Button
        size="sm"
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await unenrolAction(enrolmentId);
            setError(result.ok ? null : result.error);
            setConfirming(false);
            router.refresh();
          })
        }
      >
        Unenrol
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        Keep
      </Button>
      <InlineError message={error} />
    </span>
  );
}
