import { ProgressBar } from "@/components/import/ProgressBar";
import { Badge } from "@/components/ui/badge";
import { JOB_STATUS_TONE } from "@/lib/jobs/job-labels";
import type { JobView } from "@/server/services/jobs/get-job";

/** A job's status badge ("Cancelling" while a cancel waits for the next checkpoint). */
export function JobStatusBadge({ job }: { job: Pick<JobView, "status" | "cancelRequested"> }) {
  const text = job.status === "RUNNING" && job.cancelRequested ? "Cancelling" : job.status.charAt(0) + job.status.slice(1).toLowerCase();
  return <Badge tone={JOB_STATUS_TONE[job.status]}>{text}</Badge>;
}

/** A job's progress: a bar and "processed of total". */
export function JobProgress({ job }: { job: Pick<JobView, "status" | "processed" | "total"> }) {
  const done = job.status === "SUCCEEDED";
  return (
    <div className="min-w-32 space-y-1">
      <ProgressBar label="Progress" value={job.processed} max={done ? Math.max(job.processed, 1) : job.total} />
      <p className="text-xs text-slate-500 tabular-nums">
        {job.processed.toLocaleString("en")}
        {job.total !== null ? ` of ${job.total.toLocaleString("en")}` : ""}
      </p>
    </div>
  );
}
