import Link from "next/link";
import { ActivityEntry, type TimelineViewer } from "@/components/activities/ActivityEntry";
import { activityTypeLabel } from "@/lib/activities/activity-types";
import { cn } from "@/lib/cn";
import type { ActivityType } from "@/lib/enums";
import { timelineSearch, type TimelineQuery } from "@/lib/validation/activity";
import type { TimelinePage, TimelineSubject } from "@/server/services/activities/list-timeline";

const chip = "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium";

/**
 * A record's timeline (lead, contact, company, deal): type filter chips with counts, one page of
 * entries newest first (see listTimeline), and "Show older" / "Back to newest". The view lives in
 * the page's URL (`activity`, `before`), so it renders on the server and can be bookmarked.
 * @param basePath - the record page's path, e.g. "/leads/abc".
 */
export function ActivityTimeline({
  timeline,
  query,
  basePath,
  subject,
  viewer,
}: {
  timeline: TimelinePage;
  query: TimelineQuery;
  basePath: string;
  subject: TimelineSubject;
  viewer: TimelineViewer;
}) {
  const href = (next: Partial<TimelineQuery>) => `${basePath}${timelineSearch({ activity: query.activity, ...next, before: next.before })}#timeline`;
  const toggle = (type: ActivityType) => (query.activity.includes(type) ? query.activity.filter((t) => t !== type) : [...query.activity, type]);
  const counted = new Set(timeline.typeCounts.map((g) => g.type));
  const chips = [...timeline.typeCounts, ...query.activity.filter((t) => !counted.has(t)).map((type) => ({ type, count: 0 }))];
  const shown = query.activity.length ? chips.filter((g) => query.activity.includes(g.type)).reduce((sum, g) => sum + g.count, 0) : timeline.total;

  return (
    <div id="timeline" className="scroll-mt-20 space-y-3">
      {timeline.total > 0 ? (
        <nav aria-label="Filter the timeline by type" className="flex flex-wrap gap-1.5">
          <Link
            href={href({ activity: [] })}
            aria-current={query.activity.length === 0 ? "true" : undefined}
            className={cn(chip, query.activity.length === 0 ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 text-slate-600 hover:bg-slate-50")}
          >
            All <span className="tabular-nums">{timeline.total.toLocaleString("en")}</span>
          </Link>
          {chips.map(({ type, count }) => {
            const active = query.activity.includes(type);
            return (
              <Link
                key={type}
                href={href({ activity: toggle(type) })}
                aria-current={active ? "true" : undefined}
                className={cn(chip, active ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 text-slate-600 hover:bg-slate-50")}
              >
                {activityTypeLabel(type)} <span className="tabular-nums">{count.toLocaleString("en")}</span>
              </Link>
            );
          })}
        </nav>
      ) : null}
      {timeline.entries.length === 0 ? (
        <p className="text-sm text-slate-500">{timeline.total === 0 ? "Nothing has happened yet." : "No entries of these types."}</p>
      ) : (
        <ol className="space-y-4" data-testid="timeline">
          {timeline.entries.map((entry) => (
            <ActivityEntry key={entry.id} entry={entry} viewer={viewer} subject={subject} />
          ))}
        </ol>
      )}
      {timeline.olderCursor || timeline.isOlderPage ? (
        <nav aria-label="Timeline pages" className="flex items-center justify-between gap-2 border-t border-slate-100 pt-3 text-sm">
          {timeline.isOlderPage ? (
            <Link href={href({ before: undefined })} className="text-brand-700 hover:underline">
              ← Back to newest
            </Link>
          ) : (
            <span className="text-xs text-slate-500">
              Newest {timeline.entries.length} of {shown.toLocaleString("en")}
            </span>
          )}
          {timeline.olderCursor ? (
            <Link href={href({ before: timeline.olderCursor })} className="text-brand-700 hover:underline">
              Show older →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
