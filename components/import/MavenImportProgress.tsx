"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { ProgressBar } from "./ProgressBar";
import { jobFinished, useJobProgress, type ImportJobStatus } from "./use-job-progress";

const STATUS_TEXT: Record<ImportJobStatus["status"], string> = {
  QUEUED: "Waiting to start…",
  RUNNING: "Importing…",
  SUCCEEDED: "Import finished",
  FAILED: "Import stopped",
  CANCELLED: "Import cancelled",
};

/**
 * The progress of a Maven import job (its counts are the sales_pipeline.csv lines), polled
 * while it runs. The summary (`children`, rendered on the server) arrives with a refresh of the
 * page once the job has finished.
 */
export function MavenImportProgress({ initial, children }: { initial: ImportJobStatus; children?: React.ReactNode }) {
  const router = useRouter();
  const { job, pollError } = useJobProgress(initial);
  const done = jobFinished(job.status);
  const waitingForSummary = done && !children;
  useEffect(() => {
    if (waitingForSummary) router.refresh();
  }, [waitingForSummary, router]);

  const counts = [
    { label: "Deals created", value: job.created },
    { label: "Deals updated", value: job.updated },
    { label: "Deals skipped (imported before)", value: job.skipped },
    { label: "Rejected rows", value: job.failed },
  ];
  return (
    <div className="space-y-4">
      <Card className="space-y-5 p-5">
        <h2 className="text-base font-semibold text-slate-900" aria-live="polite">
          {STATUS_TEXT[job.status]}
        </h2>
        <div className="space-y-1.5">
          <ProgressBar label="Import progress" value={job.processed} max={done ? Math.max(job.processed, 1) : job.total} />
          <p className="text-sm text-slate-600">
            {job.processed.toLocaleString("en")} {job.total !== null ? `of ${job.total.toLocaleString("en")} ` : ""}opportunities processed
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
          <FormMessage>{job.message ?? "The import stopped."} Deals counted above were saved; import the files again to finish (deals imported before are skipped).</FormMessage>
        ) : null}
        {pollError ? <p className="text-sm text-amber-700">{pollError}</p> : null}
        {job.failed > 0 ? (
          <a href={`/api/jobs/${job.id}/errors`} className={buttonClasses("secondary")} download>
            Download rejected rows (CSV)
          </a>
        ) : null}
      </Card>
      {done ? children : null}
    </div>
  );
}
