import type { ReactNode } from "react";
import { JobActions } from "@/components/jobs/JobActions";
import { buttonClasses, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { ProgressBar } from "./ProgressBar";
import { jobFinished, type ImportJobStatus } from "./use-job-progress";

const STATUS_TEXT: Record<ImportJobStatus["status"], string> = {
  QUEUED: "Waiting to start…",
  RUNNING: "Importing…",
  SUCCEEDED: "Import finished",
  FAILED: "Import stopped",
  CANCELLED: "Import cancelled",
};

/**
 * What an import job shows while it runs and after: its status, a progress bar over `unit`
 * ("rows", "opportunities"), the `counts`, why it stopped (`failedHint` after the job's message)
 * a download of the rejected rows, Cancel or Retry (JobActions) and a link to the job on /jobs;
 * `actions` go beside the download.
 */
export function JobProgressCard({
  job,
  onJobChange,
  pollError,
  unit,
  counts,
  failedHint,
  heading,
  actions,
}: {
  job: ImportJobStatus;
  /** Gets the job as Cancel or Retry left it. */
  onJobChange: (job: ImportJobStatus) => void;
  pollError: string | null;
  unit: string;
  counts: Array<{ label: string; value: number }>;
  failedHint: string;
  heading?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card className="space-y-5 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900" aria-live="polite">
          {STATUS_TEXT[job.status]}
        </h2>
        {heading}
      </div>
      <div className="space-y-1.5">
        <ProgressBar label="Import progress" value={job.processed} max={jobFinished(job.status) ? Math.max(job.processed, 1) : job.total} />
        <p className="text-sm text-slate-600">
          {job.processed.toLocaleString("en")} {job.total !== null ? `of ${job.total.toLocaleString("en")} ` : ""}
          {unit} processed
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {counts.map((count) => (
          <div key={count.label} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs font-medium text-slate-500">{count.label}</dt>
            <dd className="text-lg font-semibold text-slate-900 tabular-nums">{count.value.toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>
      {job.status === "FAILED" ? (
        <FormMessage>
          {job.lastError ?? "The import stopped."} {failedHint}
        </FormMessage>
      ) : null}
      {pollError ? <p className="text-sm text-amber-700">{pollError}</p> : null}
      <div className="flex flex-wrap gap-2">
        {job.failed > 0 ? (
          <a href={`/api/jobs/${job.id}/errors`} className={buttonClasses("secondary")} download>
            Download rejected rows (CSV)
          </a>
        ) : null}
        {actions}
        <JobActions job={job} onChange={onJobChange} />
        <LinkButton href={`/jobs/${job.id}`} variant="secondary">
          Job details
        </LinkButton>
      </div>
    </Card>
  );
}
