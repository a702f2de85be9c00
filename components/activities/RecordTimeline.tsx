import { ActivityTimeline } from "@/components/shared/ActivityTimeline";
import type { TimelineQuery } from "@/lib/validation/activity";
import type { TimelinePage, TimelineSubject } from "@/server/services/activities/list-timeline";
import type { ActivityTarget } from "./activity-target";
import type { TimelineViewer } from "./ActivityEntry";
import { LogActivityPanel } from "./LogActivityPanel";

const PATHS = { lead: "/leads", contact: "/contacts", company: "/companies", deal: "/deals" } as const;
const TARGET_KEYS = { lead: "leadId", contact: "contactId", company: "companyId", deal: "dealId" } as const;

/**
 * The timeline column of a record's page (lead, contact, company, deal): the note box and
 * "Log activity" (unless `canLog` is false, e.g. for a deleted record) above the record's
 * ActivityTimeline. The page loads `timeline` with listTimeline(subject, query).
 */
export function RecordTimeline({
  subject,
  timeline,
  query,
  viewer,
  canLog = true,
}: {
  subject: TimelineSubject;
  timeline: TimelinePage;
  query: TimelineQuery;
  viewer: TimelineViewer;
  canLog?: boolean;
}) {
  const target: ActivityTarget = { [TARGET_KEYS[subject.kind]]: subject.id };
  return (
    <div className="space-y-4">
      {canLog ? <LogActivityPanel target={target} timeZone={viewer.timeZone} /> : null}
      <ActivityTimeline timeline={timeline} query={query} basePath={`${PATHS[subject.kind]}/${subject.id}`} subject={subject} viewer={viewer} />
    </div>
  );
}
