"use client";

import { useState, useTransition } from "react";
import { reauditLeadAction } from "@/app/(app)/leads/[id]/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";

/** Audits the lead's website again, in the request (a few seconds); the page then shows the new audit. */
export function ReauditButton({ leadId, audited }: { leadId: string; audited: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2">
      <InlineError message={error} />
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await reauditLeadAction(leadId);
            if (!result.ok) setError(result.error);
          })
        }
      >
        {pending ? "Auditing…" : audited ? "Re-audit" : "Audit website"}
      </Button>
    </div>
  );
}
