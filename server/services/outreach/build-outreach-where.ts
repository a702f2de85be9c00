import { TOUCH_TYPES } from "@/lib/activities/activity-types";
import { todayRange, zonedDayStart } from "@/lib/dates";
import type { OutreachListQuery } from "@/lib/validation/outreach";
import { recordIdSchema } from "@/lib/validation/common";
import type { Prisma } from "@/server/generated/sqlite/client";
import { containsText } from "@/server/services/text-filter";

/** The filters of the outreach list (what the counts share with it). */
export type OutreachFilters = Omit<OutreachListQuery, "page" | "pageSize">;

/** Matches no activity (a `by` that cannot be a user id). */
const NO_USER = "-";

/**
 * The Prisma filter of the outreach list: OUTBOUND touches (docs/DESIGN.md: outreach is the set of
 * outbound activities), narrowed by type, outcome, author (`by`: "me" or a user id), text in the
 * subject, notes, lead name or contact name, and the days `from`–`to` (inclusive) in the viewer's
 * time zone.
 */
export function buildOutreachWhere(filters: OutreachFilters, viewer: { id: string; timeZone: string }): Prisma.ActivityWhereInput {
  const by = filters.by === "me" ? viewer.id : filters.by;
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filters.from) occurredAt.gte = zonedDayStart(filters.from, viewer.timeZone);
  if (filters.to) occurredAt.lt = todayRange(zonedDayStart(filters.to, viewer.timeZone), viewer.timeZone).end;
  const q = filters.q;
  return {
    direction: "OUTBOUND",
    type: filters.type ?? { in: [...TOUCH_TYPES] },
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(by ? { authorId: recordIdSchema.safeParse(by).success ? by : NO_USER } : {}),
    ...(filters.from || filters.to ? { occurredAt } : {}),
    ...(q
      ? {
          OR: [
            { subject: containsText(q) },
            { body: containsText(q) },
            { lead: { name: containsText(q) } },
            { contact: { OR: [{ firstName: containsText(q) }, { lastName: containsText(q) }] } },
          ],
        }
      : {}),
  };
}
