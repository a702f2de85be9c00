import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobActions } from "@/components/jobs/JobActions";
import { JobProgress, JobStatusBadge } from "@/components/jobs/JobStatus";
import { RefreshWhileActive } from "@/components/jobs/RefreshWhileActive";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { jobProgressHref, jobTypeLabel } from "@/lib/jobs/job-labels";
import { jobIdSchema } from "@/lib/validation/import";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { getJob } from "@/server/services/jobs/get-job";
import { listJobLog } from "@/server/services/jobs/list-job-log";

export const metadata: Metadata = { title: "Job" };

/** /jobs/:id — one job: its state, counts, timings, worker and lease, log, Cancel / Retry. */
export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = jobIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [job, log] = await Promise.all([orNotFound(getJob(user, id.data)), orNotFound(listJobLog(user, id.data))]);
  const when = (date: Date | null) => (date ? formatInZone(date, user.timeZone, "d MMM yyyy HH:mm:ss") : "—");
  const progressHref = jobProgressHref(job);
  const facts: Array<[string, React.ReactNode]> = [
    ["Status", <JobStatusBadge key="s" job={job} />],
    ["Attempts", `${job.attempts} of ${job.maxAttempts}`],
    ["Created", `${when(job.createdAt)}${job.createdBy ? ` by ${job.createdBy.name}` : " by the system"}`],
    ["Started", when(job.startedAt)],
    ["Finished", when(job.finishedAt)],
    ["Runs no earlier than", when(job.runAt)],
    ["Worker", job.leaseOwner ?? "—"],
    ["Lease until", when(job.leaseUntil)],
    ["Last heartbeat", when(job.heartbeatAt)],
    ["Priority", String(job.priority)],
  ];
  return (
    <>
      <PageHeader
        title={`${jobTypeLabel(job.type)}${job.fileName ? `: ${job.fileName}` : ""}`}
        description={<Link href="/jobs" className="text-brand-700 hover:underline">All jobs</Link>}
        actions={<JobActions job={job} />}
      />
      <RefreshWhileActive active={job.status === "QUEUED" || job.status === "RUNNING"} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="space-y-4 p-4">
          <JobProgress job={job} />
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {(["created", "updated", "skipped", "failed"] as const).map((key) => (
              <div key={key} className="rounded-md bg-slate-50 px-3 py-2">
                <dt className="text-xs font-medium text-slate-500">{key === "failed" ? "Rejected" : key.charAt(0).toUpperCase() + key.slice(1)}</dt>
                <dd className="text-lg font-semibold text-slate-900 tabular-nums">{job[key].toLocaleString("en")}</dd>
              </div>
            ))}
          </dl>
          {job.lastError && job.status !== "SUCCEEDED" ? <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{job.lastError}</p> : null}
          <div className="flex flex-wrap gap-2">
            {progressHref ? (
              <Link href={progressHref} className={buttonClasses("secondary")}>
                Import progress page
              </Link>
            ) : null}
            {job.failed > 0 ? (
              <a href={`/api/jobs/${job.id}/errors`} className={buttonClasses("secondary")} download>
                Download rejected rows (CSV)
              </a>
            ) : null}
          </div>
        </Card>
        <Card className="p-4">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="break-all text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <Card className="mt-4">
        <CardHeader title={`Log (${log.length})`} />
        {log.length ? (
          <ol className="divide-y divide-slate-100 text-sm">
            {log.map((line) => (
              <li key={line.id} className="flex flex-wrap gap-x-3 px-4 py-2">
                <span className="text-slate-500 tabular-nums">{when(line.at)}</span>
                <span className={line.level === "error" ? "font-medium text-red-700" : line.level === "warn" ? "font-medium text-amber-700" : "text-slate-600"}>{line.level}</span>
                <span className="text-slate-500">attempt {line.attempt}</span>
                <span className="min-w-0 flex-1 break-words text-slate-900">{line.message}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="px-4 py-3 text-sm text-slate-500">Nothing logged yet.</p>
        )}
      </Card>
    </>
  );
}
