import Link from "next/link";
import { activityTypeLabel, isSystemActivity, type LoggableActivityType } from "@/lib/activities/activity-types";
import { canChangeActivity } from "@/lib/activities/can-change-activity";
import { describeDuration } from "@/lib/activities/duration";
import { formatInZone } from "@/lib/dates";
import type { Role } from "@/lib/enums";
import { personName } from "@/lib/validation/contact";
import type { TimelineEntry } from "@/server/services/activities/timeline-activity";
import type { TimelineSubject } from "@/server/services/activities/list-timeline";
import { DirectionBadge, OutcomeBadge } from "./ActivityBadges";
import { ActivityEntryActions } from "./ActivityEntryActions";
import { NoteMarkdown } from "./NoteMarkdown";

export type TimelineViewer = { id: string; role: Role; timeZone: string };

const link = "text-brand-700 hover:underline";

/**
 * One timeline entry: its type, direction, outcome and duration, when (in the viewer's time zone)
 * and by whom, the lead, contact or deal it concerned (not the page's own record), its subject and
 * its text as markdown; Edit and Delete when the viewer may change it.
 */
export function ActivityEntry({ entry, viewer, subject }: { entry: TimelineEntry; viewer: TimelineViewer; subject: TimelineSubject }) {
  const system = isSystemActivity(entry.type);
  return (
    <li className="border-l-2 border-slate-200 pl-3" data-testid="timeline-entry" data-type={entry.type}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
        <span className={system ? "font-medium text-slate-500" : "font-semibold text-slate-800"}>{activityTypeLabel(entry.type)}</span>
        {entry.direction ? <DirectionBadge direction={entry.direction} /> : null}
        {entry.outcome ? <OutcomeBadge outcome={entry.outcome} /> : null}
        {entry.durationSeconds !== null ? <span title="Duration">{describeDuration(entry.durationSeconds)}</span> : null}
        <time dateTime={entry.occurredAt.toISOString()}>{formatInZone(entry.occurredAt, viewer.timeZone, "d MMM yyyy, HH:mm")}</time>
        {canChangeActivity(viewer, entry) ? (
          <ActivityEntryActions
            timeZone={viewer.timeZone}
            activity={{
              id: entry.id,
              type: entry.type as LoggableActivityType,
              direction: entry.direction,
              outcome: entry.outcome,
              subject: entry.subject,
              body: entry.body,
              occurredAt: entry.occurredAt,
              durationSeconds: entry.durationSeconds,
            }}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-x-2 text-xs text-slate-500">
        {entry.author ? <span>by {entry.author.name}</span> : null}
        {entry.contact && !(subject.kind === "contact" && subject.id === entry.contact.id) ? (
          <span>
            with{" "}
            <Link href={`/contacts/${entry.contact.id}`} className={link}>
              {personName(entry.contact)}
            </Link>
          </span>
        ) : null}
        {entry.lead && !(subject.kind === "lead" && subject.id === entry.lead.id) ? (
          <span>
            on lead{" "}
            <Link href={`/leads/${entry.lead.id}`} className={link}>
              {entry.lead.name}
            </Link>
          </span>
        ) : null}
        {entry.deal && !(subject.kind === "deal" && subject.id === entry.deal.id) ? (
          <span>
            on deal{" "}
            <Link href={`/deals/${entry.deal.id}`} className={link}>
              {entry.deal.title}
            </Link>
          </span>
        ) : null}
      </div>
      {entry.subject ? <p className="mt-0.5 text-sm font-medium text-slate-800">{entry.subject}</p> : null}
      {entry.body ? <NoteMarkdown text={entry.body} className="mt-0.5" /> : null}
    </li>
  );
}
