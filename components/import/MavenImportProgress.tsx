"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { JobProgressCard } from "./JobProgressCard";
import { jobFinished, useJobProgress, type ImportJobStatus } from "./use-job-progress";

/**
 * The progress of a Maven import job (its counts are the sales_pipeline.csv lines), polled
 * while it runs. The summary (`children`, rendered on the server) arrives with a refresh of the
 * page once the job has finished.
 */
export function MavenImportProgress({ initial, children }: { initial: ImportJobStatus; children?: React.ReactNode }) {
  const router = useRouter();
  const { job, pollError, setJob } = useJobProgress(initial);
  const done = jobFinished(job.status);
  const waitingForSummary = done && !children;
  useEffect(() => {
    if (waitingForSummary) router.refresh();
  }, [waitingForSummary, router]);

  return (
    <div className="space-y-4">
      <JobProgressCard
        job={job}
        onJobChange={setJob}
        pollError={pollError}
        unit="opportunities"
        counts={[
          { label: "Deals created", value: job.created },
          { label: "Deals updated", value: job.updated },
          { label: "Deals skipped (imported before)", value: job.skipped },
          { label: "Rejected rows", value: job.failed },
        ]}
        failedHint="Deals counted above were saved; import the files again to finish (deals imported before are skipped)."
      />
      {done ? children : null}
    </div>
  );
}
