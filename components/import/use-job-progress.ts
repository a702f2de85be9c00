"use client";

import { useEffect, useState } from "react";
import type { JobView } from "@/server/services/jobs/get-job";

/** The part of a job the progress views show (what GET /api/jobs/:id returns, without dates). */
export type ImportJobStatus = Pick<JobView, "id" | "status" | "fileName" | "total" | "processed" | "created" | "updated" | "skipped" | "failed" | "lastError" | "attempts" | "maxAttempts" | "cancelRequested">;

/** How often a running job is polled, in milliseconds. */
const POLL_MS = 1000;

/** Whether a job has stopped (succeeded, failed or was cancelled). */
export const jobFinished = (status: ImportJobStatus["status"]) => status !== "QUEUED" && status !== "RUNNING";

/**
 * A job's state, polled from /api/jobs/:id every second while it is queued or running (the state
 * lives in the database, so a reload picks it up again). `pollError` says why the last poll
 * failed; polling goes on. `setJob` takes the job as an action (Cancel, Retry) left it.
 */
export function useJobProgress(initial: ImportJobStatus): { job: ImportJobStatus; pollError: string | null; setJob: (job: ImportJobStatus) => void } {
  const [job, setJob] = useState(initial);
  const [pollError, setPollError] = useState<string | null>(null);

  useEffect(() => {
    if (jobFinished(job.status)) return;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/jobs/${job.id}`, { cache: "no-store" });
        const body = await response.json();
        if (!response.ok) throw new Error(body.detail ?? body.title ?? "The job could not be loaded");
        setJob(body as ImportJobStatus);
        setPollError(null);
      } catch (error) {
        setPollError(`${error instanceof Error ? error.message : "The job could not be loaded"}; retrying…`);
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [job.id, job.status]);

  return { job, pollError, setJob };
}
