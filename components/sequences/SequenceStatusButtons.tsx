"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeSequenceStatusAction } from "@/app/(app)/sequences/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";

/** Activate (or resume), pause and archive buttons for a sequence in `status`. */
export function SequenceStatusButtons({ sequenceId, status }: { sequenceId: string; status: "DRAFT" | "ACTIVE" | "PAUSED" | "ARCHIVED" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const change = (next: "ACTIVE" | "PAUSED" | "ARCHIVED") =>
    startTransition(async () => {
      const result = await changeSequenceStatusAction(sequenceId, next);
      setError(result.ok ? null : result.error);
      router.refresh();
    });
  return (
    <span className="flex flex-wrap items-center gap-2">
      {status !== "ACTIVE" ? (
        <Button size="sm" disabled={pending} onClick={() => change("ACTIVE")}>
          {status === "PAUSED" ? "Resume" : "Activate"}
        </Button>
      ) : (
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => change("PAUSED")}>
          Pause
        </Button>
      )}
      {status !== "ARCHIVED" ? (
        <Button size="sm" variant="ghost" disabled={pending} onClick={() => change("ARCHIVED")}>
          Archive
        </Button>
      ) : null}
      <InlineError message={error} />
    </span>
  );
}
