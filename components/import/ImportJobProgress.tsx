"use client";

import { buttonClasses, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { ProgressBar } from "./ProgressBar";
import { jobFinished as finished, useJobProgress, type ImportJobStatus } from "./use-job-progress";

/**
 * The progress of an import job: a bar with the counts, polled from /api/jobs/:id while the job
 * runs (the state lives in the database, so a reload picks it up again), then links to the
 * rejected rows and the leads.
 */
export function ImportJobProgress({ initial }: { initial: ImportJobStatus }) {
  const { job, pollError } = useJobProgress(initial);

  const counts = [
    { label: "Created", value: job.created },
    { label: "Updated", value: job.updated },
    { label: "Skipped (duplicates)", value: job.skipped },
    { label: "Rejected", value: job.failed },
  ];
  const statusText = {
    QUEUED: "Waiting to start…",
    RUNNING: "Importing…",
    SUCCEEDED: "Import finished",
    FAILED: "Import stopped",
    CANCELLED: "Import cancelled",
  }[job.status];

  return (
    <Card className="space-y-5 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900" aria-live="polite">
          {statusText}
        </h2>
        {job.fileName ? <p className="text-sm text-slate-500">{job.fileName}</p> : null}
      </div>
      <div className="space-y-1.5">
        <ProgressBar
          label="Import progress"
          value={job.processed}
          max={finished(job.status) ? Math.max(job.processed, 1) : job.total}
        />
        <p className="text-sm text-slate-600">
          {job.processed.toLocaleString("en")} {job.total !== null ? `of ${job.total.toLocaleString("en")} ` : ""}rows processed
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
          {job.message ?? "The import stopped."} Rows counted above were saved; import the file again with duplicates skipped
          to finish it.
        </FormMessage>
      ) : null}
      {pollError ? <p className="text-sm text-amber-700">{pollError}</p> : null}
      <div className="flex flex-wrap gap-2">
        {job.failed > 0 ? (
          <a href={`/api/jobs/${job.id}/errors`} className={buttonClasses("secondary")} download>
            Download rejected rows (CSV)
          </a>
        ) : null}
        <LinkButton href="/leads" variant={finished(job.status) ? "primary" : "secondary"}>
          Go to leads
        </LinkButton>
        {finished(job.status) ? <LinkButton href="/leads/import">Import another file</LinkButton> : null}
      </div>
    </Card>
  );
}
