"use client";

import { LinkButton } from "@/components/ui/button";
import { JobProgressCard } from "./JobProgressCard";
import { jobFinished, useJobProgress, type ImportJobStatus } from "./use-job-progress";

/**
 * The progress of an import job: a bar with the counts, polled from /api/jobs/:id while the job
 * runs (the state lives in the database, so a reload picks it up again), then links to the
 * rejected rows and the leads.
 */
export function ImportJobProgress({ initial }: { initial: ImportJobStatus }) {
  const { job, pollError, setJob } = useJobProgress(initial);
  const done = jobFinished(job.status);
  return (
    <JobProgressCard
      job={job}
      onJobChange={setJob}
      pollError={pollError}
      unit="rows"
      counts={[
        { label: "Created", value: job.created },
        { label: "Updated", value: job.updated },
        { label: "Skipped (duplicates)", value: job.skipped },
        { label: "Rejected", value: job.failed },
      ]}
      failedHint="Rows counted above were saved; import the file again with duplicates skipped to finish it."
      heading={job.fileName ? <p className="text-sm text-slate-500">{job.fileName}</p> : null}
      actions={
        <>
          <LinkButton href="/leads" variant={done ? "primary" : "secondary"}>
            Go to leads
          </LinkButton>
          {done ? <LinkButton href="/leads/import">Import another file</LinkButton> : null}
        </>
      }
    />
  );
}
