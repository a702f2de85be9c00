import type { OutreachListQuery } from "@/lib/validation/outreach";
import { getDb } from "@/server/db";
import { timelineEntrySelect, type TimelineEntry } from "@/server/services/activities/timeline-activity";
import { buildOutreachWhere } from "./build-outreach-where";

/**
 * One page of the outreach list (outbound touches matching the query), newest first, with the
 * total count.
 * @param viewer - the signed-in user ("by me", and the time zone of the day filters).
 */
export async function listOutreach(query: OutreachListQuery, viewer: { id: string; timeZone: string }): Promise<{ rows: TimelineEntry[]; total: number }> {
  const db = getDb();
  const where = buildOutreachWhere(query, viewer);
  const [rows, total] = await Promise.all([
    db.activity.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: timelineEntrySelect,
    }),
    db.activity.count({ where }),
  ]);
  return { rows, total };
}
