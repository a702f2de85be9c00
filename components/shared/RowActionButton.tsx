"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action";

/** A button that runs a server action (a row's Re-run, Run now or Delete; Refresh now on /analytics), then refreshes the page, or shows the refusal beside it. */
export function RowActionButton({ label, action }: { label: string; action: () => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            setError(result.ok ? null : result.error);
            if (result.ok) router.refresh();
          })
        }
      >
        {label}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
