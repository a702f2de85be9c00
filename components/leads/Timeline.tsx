import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import type { LeadDetail } from "@/server/services/leads/get-lead";

/** A record's activities, newest first: who did what, when (in the viewer's time zone). */
export function Timeline({ activities, timeZone }: { activities: LeadDetail["activities"]; timeZone: string }) {
  if (activities.length === 0) return <p className="text-sm text-slate-500">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-3" data-testid="timeline">
      {activities.map((a) => (
        <li key={a.id} className="border-l-2 border-slate-200 pl-3">
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
            <span className="font-semibold text-slate-700">{a.type === "STAGE_CHANGED" ? "Status changed" : enumLabel(a.type)}</span>
            <time dateTime={a.occurredAt.toISOString()}>{formatInZone(a.occurredAt, timeZone, "d MMM yyyy, HH:mm")}</time>
            {a.author ? <span>by {a.author.name}</span> : null}
          </div>
          {a.subject ? <p className="text-sm text-slate-800">{a.subject}</p> : null}
          {a.body ? <p className="text-sm whitespace-pre-wrap text-slate-700">{a.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
