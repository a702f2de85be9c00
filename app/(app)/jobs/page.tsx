import type { Metadata } from "next";
import Link from "next/link";
import { JobActions } from "@/components/jobs/JobActions";
import { JobFilters } from "@/components/jobs/JobFilters";
import { JobProgress, JobStatusBadge } from "@/components/jobs/JobStatus";
import { RefreshWhileActive } from "@/components/jobs/RefreshWhileActive";
import { Card, PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { jobTypeLabel } from "@/lib/jobs/job-labels";
import { jobListQuerySchema } from "@/lib/validation/job-list";
import { requireUser } from "@/server/auth/session";
import type { SearchParams } from "@/server/page";
import { JOBS_PAGE_SIZE, listJobs } from "@/server/services/jobs/list-jobs";

export const metadata: Metadata = { title: "Jobs" };

const pageOf = (value: unknown) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
};

/**
 * /jobs: the background jobs — every job for admins and managers, one's own for everyone else —
 * newest first, with status and type filters in the URL, progress, attempts, timings, the last
 * error, and Cancel / Retry. Refreshes itself while a shown job is queued or running.
 */
export default async function JobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filters = jobListQuerySchema.parse({ status: params.status, type: typeof params.type === "string" ? params.type : undefined });
  const page = pageOf(params.page);
  const { jobs, total, types } = await listJobs(user, { filters, page });
  const when = (date: Date | null) => (date ? formatInZone(date, user.timeZone, "d MMM HH:mm:ss") : "—");
  const pages = Math.max(1, Math.ceil(total / JOBS_PAGE_SIZE));
  const link = (target: number) => `/jobs?${new URLSearchParams({ ...(filters.status.length ? { status: filters.status.join(",") } : {}), ...(filters.type ? { type: filters.type } : {}), page: String(target) })}`;
  return (
    <>
      <PageHeader title="Jobs" description={user.role === "SALES" ? "Your background jobs: imports and other work the server does for you." : "Every background job: imports, scheduled work and sends."} />
      <RefreshWhileActive active={jobs.some((job) => job.status === "QUEUED" || job.status === "RUNNING")} />
      <div className="mb-4">
        <JobFilters status={filters.status[0] ?? null} type={filters.type ?? null} types={types} />
      </div>
      <Card className="overflow-x-auto">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
            <tr>
              <th className="px-3 py-2">Job</th>
              <th className="px-3 py-2">Status</th>
              <th className="px-3 py-2">Progress</th>
              <th className="px-3 py-2">Attempts</th>
              <th className="px-3 py-2">Created</th>
              <th className="px-3 py-2">Started</th>
              <th className="px-3 py-2">Finished / next try</th>
              <th className="px-3 py-2">Last error</th>
              <th className="px-3 py-2 sr-only">Actions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {jobs.map((job) => (
              <tr key={job.id} data-job-id={job.id} className="align-top">
                <td className="px-3 py-2">
                  <Link href={`/jobs/${job.id}`} className="font-medium text-brand-700 hover:underline">
                    {jobTypeLabel(job.type)}
                  </Link>
                  <p className="text-xs text-slate-500">{[job.fileName, job.createdBy?.name].filter(Boolean).join(" · ") || "system"}</p>
                </td>
                <td className="px-3 py-2">
                  <JobStatusBadge job={job} />
                </td>
                <td className="px-3 py-2">
                  <JobProgress job={job} />
                </td>
                <td className="px-3 py-2 tabular-nums">
                  {job.attempts} of {job.maxAttempts}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{when(job.createdAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{when(job.startedAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{job.finishedAt ? when(job.finishedAt) : job.status === "QUEUED" ? `next ${when(job.runAt)}` : "—"}</td>
                <td className="max-w-64 px-3 py-2 text-xs break-words text-red-700">{job.status === "SUCCEEDED" ? "" : job.lastError}</td>
                <td className="px-3 py-2">
                  <JobActions job={job} />
                </td>
              </tr>
            ))}
            {jobs.length === 0 ? (
              <tr>
                <td colSpan={9} className="px-3 py-6 text-center text-slate-500">
                  No jobs{filters.status.length || filters.type ? " match these filters" : " yet"}.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Card>
      <p className="mt-3 flex items-center gap-3 text-sm text-slate-600">
        {total.toLocaleString("en")} {total === 1 ? "job" : "jobs"} · page {page} of {pages}
        {page > 1 ? <Link href={link(page - 1)} className="text-brand-700 hover:underline">Newer</Link> : null}
        {page < pages ? <Link href={link(page + 1)} className="text-brand-700 hover:underline">Older</Link> : null}
      </p>
    </>
  );
}
