import Link from "next/link";
import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import { personName } from "@/lib/validation/contact";
import type { TimelineActivity, TimelineEntry } from "@/server/services/activities/timeline-activity";

const TYPE_LABEL: Partial<Record<TimelineEntry["type"], string>> = { STAGE_CHANGED: "Status changed" };

/**
 * A record's activities, newest first: what happened, when (in the viewer's time zone), who did
 * it, and — on a company's or contact's page — the lead or contact it concerned.
 * @param hideContactId - the contact whose own page this is (its name would repeat on every entry).
 */
export function ActivityTimeline({
  activities,
  timeZone,
  hideContactId,
}: {
  activities: Array<TimelineEntry & Partial<Pick<TimelineActivity, "lead" | "contact">>>;
  timeZone: string;
  hideContactId?: string;
}) {
  if (activities.length === 0) return <p className="text-sm text-slate-500">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-3" data-testid="timeline">
      {activities.map((a) => (
        <li key={a.id} className="border-l-2 border-slate-200 pl-3">
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
            <span className="font-semibold text-slate-700">{TYPE_LABEL[a.type] ?? enumLabel(a.type)}</span>
            <time dateTime={a.occurredAt.toISOString()}>{formatInZone(a.occurredAt, timeZone, "d MMM yyyy, HH:mm")}</time>
            {a.author ? <span>by {a.author.name}</span> : null}
            {a.contact && a.contact.id !== hideContactId ? (
              <span>
                with{" "}
                <Link href={`/contacts/${a.contact.id}`} className="text-brand-700 hover:underline">
                  {personName(a.contact)}
                </Link>
              </span>
            ) : null}
            {a.lead ? (
              <span>
                on lead{" "}
                <Link href={`/leads/${a.lead.id}`} className="text-brand-700 hover:underline">
                  {a.lead.name}
                </Link>
              </span>
            ) : null}
          </div>
          {a.subject ? <p className="text-sm text-slate-800">{a.subject}</p> : null}
          {a.body ? <p className="text-sm whitespace-pre-wrap text-slate-700">{a.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
