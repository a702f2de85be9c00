import { deleteLeadGenerationScheduleAction } from "@/app/(app)/lead-generation/actions";
import { formatInZone } from "@/lib/dates";
import { jobTypeLabel } from "@/lib/jobs/job-labels";
import type { LeadGenerationSchedule } from "@/server/services/lead-generation/save-lead-generation-schedule";
import { RowActionButton } from "@/components/shared/RowActionButton";

/** The recurring Google Maps runs and imports from a URL: what, when next, and Delete. */
export function ScheduleList({ schedules, timeZone }: { schedules: LeadGenerationSchedule[]; timeZone: string }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Recurring runs">
      {schedules.map((schedule) => {
        const payload = schedule.payload as { keywords?: string[]; url?: string };
        return (
          <li key={schedule.name} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
            <span>
              <span className="font-medium">{jobTypeLabel(schedule.jobType)}</span> {payload.keywords?.join(", ") ?? payload.url ?? ""} ·{" "}
              <code>{schedule.cron}</code> ({schedule.timeZone}) · next {schedule.nextRunAt ? formatInZone(schedule.nextRunAt, timeZone, "d MMM HH:mm") : "—"}
            </span>
            <RowActionButton label="Delete" action={deleteLeadGenerationScheduleAction.bind(null, schedule.name)} />
          </li>
        );
      })}
    </ul>
  );
}
