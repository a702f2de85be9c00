import Link from "next/link";
import { rerunLeadGenerationJobAction } from "@/app/(app)/lead-generation/actions";
import { JobActions } from "@/components/jobs/JobActions";
import { JobProgress, JobStatusBadge } from "@/components/jobs/JobStatus";
import { formatInZone } from "@/lib/dates";
import { jobTypeLabel } from "@/lib/jobs/job-labels";
import type { LeadGenerationRun } from "@/server/services/lead-generation/list-lead-generation-jobs";
import { RowActionButton } from "@/components/shared/RowActionButton";

/** The tag a Google Maps run put on its leads, from its saved result. */
function runTag(result: unknown): string | null {
  const tag = (result as { tag?: unknown } | null)?.tag;
  return typeof tag === "string" ? tag : null;
}

/**
 * The recent lead-generation runs: source, status, progress, rows found / leads created /
 * duplicates, the last error, a link to the log (the job's page) and to the leads it tagged,
 * Cancel or Retry (JobActions) and Re-run.
 */
export function LeadGenerationRuns({ runs, timeZone }: { runs: LeadGenerationRun[]; timeZone: string }) {
  if (!runs.length) return <p className="p-4 text-sm text-slate-500">No runs yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-left text-sm" aria-label="Recent runs">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
          <tr>
            <th className="px-3 py-2">Run</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">Progress</th>
            <th className="px-3 py-2 text-right">Found</th>
            <th className="px-3 py-2 text-right">Created</th>
            <th className="px-3 py-2 text-right">Duplicate</th>
            <th className="px-3 py-2">Error</th>
            <th className="px-3 py-2 sr-only">Actions</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => {
            const tag = runTag(run.result);
            return (
              <tr key={run.id} data-job-id={run.id} className="align-top">
                <td className="px-3 py-2">
                  <Link href={`/jobs/${run.id}`} className="font-medium text-brand-700 hover:underline">
                    {jobTypeLabel(run.type)}
                  </Link>
                  <p className="text-xs text-slate-500">{formatInZone(run.createdAt, timeZone, "d MMM HH:mm")}</p>
                  {tag ? (
                    <Link href={`/leads?tag=${encodeURIComponent(tag)}`} className="text-xs text-brand-700 hover:underline">
                      {tag}
                    </Link>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <JobStatusBadge job={run} />
                </td>
                <td className="px-3 py-2">
                  <JobProgress job={run} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{run.processed.toLocaleString("en")}</td>
                <td className="px-3 py-2 text-right tabular-nums">{run.created.toLocaleString("en")}</td>
                <td className="px-3 py-2 text-right tabular-nums">{run.skipped.toLocaleString("en")}</td>
                <td className="max-w-xs px-3 py-2 text-xs text-red-700">{run.lastError}</td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap gap-2">
                    <JobActions job={run} />
                    {run.status === "SUCCEEDED" || run.status === "FAILED" || run.status === "CANCELLED" ? (
                      <RowActionButton label="Re-run" action={rerunLeadGenerationJobAction.bind(null, run.id)} />
                    ) : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
