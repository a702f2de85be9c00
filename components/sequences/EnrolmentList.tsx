import Link from "next/link";
import { formatInZone } from "@/lib/dates";
import { canEdit } from "@/lib/permissions";
import type { Role } from "@/lib/enums";
import { EXIT_REASON_TEXT } from "@/lib/sequences/exit-reasons";
import type { SequenceExitReason } from "@/lib/validation/sequence";
import type { EnrolmentRow } from "@/server/services/sequences/list-enrolments";
import { SequenceStatusBadge } from "./SequenceStatusBadge";
import { UnenrolButton } from "./UnenrolButton";

type Viewer = { id: string; role: Role; timeZone: string };

/** Where an enrolment stands, in words: its next step and when, or how it ended. */
function standing(row: EnrolmentRow, viewer: Viewer, stepNames?: string[]): string {
  if (row.status === "EXITED") return `Exited: ${EXIT_REASON_TEXT[row.exitReason as SequenceExitReason] ?? row.exitReason ?? "—"}${row.exitedAt ? ` (${formatInZone(row.exitedAt, viewer.timeZone, "d MMM HH:mm")})` : ""}`;
  if (row.status === "COMPLETED") return `Completed${row.completedAt ? ` ${formatInZone(row.completedAt, viewer.timeZone, "d MMM HH:mm")}` : ""}`;
  const name = stepNames?.[row.nextStep];
  return `Next: step ${row.nextStep + 1} of ${row.sequence.stepCount}${name ? ` (${name})` : ""}${row.nextRunAt ? `, ${formatInZone(row.nextRunAt, viewer.timeZone, "d MMM yyyy HH:mm")}` : ""}`;
}

/** The one-click links of an enrolment's open tasks. */
function OpenTasks({ row }: { row: EnrolmentRow }) {
  if (!row.openTasks.length) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs">
      {row.openTasks.map((task) => (
        <li key={task.id} className="flex flex-wrap items-center gap-2">
          <Link href={`/tasks/${task.id}`} className="text-slate-700 hover:underline">
            Task: {task.title}
          </Link>
          {task.link ? (
            <a href={task.link.href} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline" data-testid="sequence-task-link">
              {task.link.label}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Enrolments as a list: the lead or contact (or, on a record page, the sequence), its status, next
 * step and next run (in the viewer's time zone) or exit reason, its open tasks with their one-click
 * links, and Unenrol for an active one the viewer may change.
 * @param show - "record" names the lead or contact (a sequence's page); "sequence" names the sequence (a record's page).
 */
export function EnrolmentList({ rows, viewer, show, stepNames }: { rows: EnrolmentRow[]; viewer: Viewer; show: "record" | "sequence"; stepNames?: string[] }) {
  if (!rows.length) return <p className="p-4 text-sm text-slate-500">{show === "record" ? "Nobody is enrolled yet." : "Not in any sequence."}</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Enrolments">
      {rows.map((row) => {
        const record = row.lead ?? row.contact;
        const name = show === "record" ? (record?.name ?? "(deleted)") : row.sequence.name;
        const href = show === "record" ? (row.lead ? `/leads/${row.lead.id}` : row.contact ? `/contacts/${row.contact.id}` : null) : `/sequences/${row.sequence.id}`;
        return (
          <li key={row.id} className="flex flex-wrap items-start gap-3 px-4 py-2.5 text-sm" data-testid="enrolment-row" data-status={row.status}>
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                {href ? (
                  <Link href={href} className="font-medium text-sky-700 hover:underline">
                    {name}
                  </Link>
                ) : (
                  <span>{name}</span>
                )}
                <SequenceStatusBadge status={row.status} />
                {show === "record" && row.owner ? <span className="text-xs text-slate-500">sender {row.owner.name}</span> : null}
              </div>
              <p className="text-xs text-slate-600">{standing(row, viewer, stepNames)}</p>
              <OpenTasks row={row} />
            </div>
            {row.status === "ACTIVE" && record && canEdit(viewer, record) ? <UnenrolButton enrolmentId={row.id} name={name} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
