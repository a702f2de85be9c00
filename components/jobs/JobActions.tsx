"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelJobAction, retryJobAction } from "@/app/(app)/jobs/actions";
import { Button } from "@/components/ui/button";
import type { JobView } from "@/server/services/jobs/get-job";

/**
 * Cancel (a queued or running job) and Retry (a failed or cancelled one), with the server's
 * refusal shown beside them. `onChange` gets the job as it is after the action.
 */
export function JobActions({ job, onChange }: { job: Pick<JobView, "id" | "status" | "cancelRequested">; onChange?: (job: JobView) => void }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: typeof cancelJobAction) =>
    startTransition(async () => {
      const result = await action(job.id);
      if (!result.ok) return setError(result.error);
      setError(null);
      onChange?.(result.data);
      router.refresh();
    });
  const active = job.status === "QUEUED" || job.status === "RUNNING";
  const stopped = job.status === "FAILED" || job.status === "CANCELLED";
  if (!active && !stopped) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {active ? (
        <Button type="button" variant="secondary" disabled={pending || job.cancelRequested} onClick={() => run(cancelJobAction)}>
          {job.cancelRequested ? "Cancelling…" : "Cancel"}
        </Button>
      ) : (
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(retryJobAction)}>
          Retry
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
