import { z } from "zod";
import { calendarMonths } from "@/lib/calendar-months";
import { todayRange, zonedDayStart } from "@/lib/dates";
import type { Role } from "@/lib/enums";
import { optionalDay, recordIdSchema } from "@/lib/validation/common";
import { filterText, listSearchOf } from "@/lib/validation/list-query";

/** A calendar day filter from the URL ("2026-03-10"); anything else is dropped. */
const dayFilter = optionalDay.catch(null).transform((v) => v ?? undefined);

/** A record id from the URL; a malformed one is dropped. */
const idFilter = recordIdSchema.optional().catch(undefined);

/**
 * The /analytics view as held in the URL: the days `from`–`to` (inclusive, in the viewer's time
 * zone; default: the last 12 calendar months up to today), lead niche and source, owner (`me` or a
 * user id), deal pipeline and lead status (stage ids). Malformed values fall back to no filter, so
 * an edited bookmark still opens.
 */
export const analyticsFiltersSchema = z.object({
  from: dayFilter,
  to: dayFilter,
  niche: filterText,
  source: filterText,
  owner: z.union([z.literal("me"), recordIdSchema]).optional().catch(undefined),
  pipeline: idFilter,
  status: idFilter,
});

export type AnalyticsFilters = z.output<typeof analyticsFiltersSchema>;

/** Parses URL search params (as Next passes them to a page) into AnalyticsFilters. */
export function parseAnalyticsFilters(params: Record<string, string | string[] | undefined>): AnalyticsFilters {
  return analyticsFiltersSchema.parse(params);
}

/** The URL search string of a view, omitting unset filters, so views can be bookmarked. */
export const analyticsSearch = listSearchOf(analyticsFiltersSchema);

/** The most days a range may span (five years); a longer one keeps its last five years. */
export const MAX_RANGE_DAYS = 5 * 366;

/** The metrics' filters as /analytics computes them (server/services/metrics/metrics-filters.ts MetricsFilters). */
export type AnalyticsScope = {
  timeZone: string;
  now: Date;
  ownerId?: string;
  from: Date;
  to: Date;
  niche?: string;
  source?: string;
  pipelineId?: string;
  leadStatusId?: string;
};

/**
 * The filters every /analytics chart applies, from the URL view and the viewer:
 * - the range is [local midnight of `from`, local midnight after `to`) in the viewer's time zone;
 *   without `from`, the first day of the month 11 months back (12 calendar months with this one);
 *   without `to`, today; a `to` before `from` is dropped; at most MAX_RANGE_DAYS days;
 * - owner: a SALES user sees only their own records whatever the URL says; managers and admins
 *   see everyone's unless `owner` is "me" or a user id.
 * @param now - the current instant (injected so tests control the clock).
 */
export function analyticsScope(filters: Partial<AnalyticsFilters>, viewer: { id: string; role: Role; timeZone: string }, now: Date): AnalyticsScope {
  const tz = viewer.timeZone;
  const dayEnd = (day: string) => todayRange(zonedDayStart(day, tz), tz).end;
  const twelveMonthsTo = (end: Date) => calendarMonths(new Date(end.getTime() - 1), tz, -11, 1)[0].start;
  const to = filters.to && !(filters.from && filters.to < filters.from) ? dayEnd(filters.to) : todayRange(now, tz).end;
  let from = filters.from ? zonedDayStart(filters.from, tz) : twelveMonthsTo(to);
  if (from >= to) from = twelveMonthsTo(to);
  const earliest = to.getTime() - MAX_RANGE_DAYS * 86_400_000;
  if (from.getTime() < earliest) from = new Date(earliest);
  const ownerId = viewer.role === "SALES" ? viewer.id : filters.owner === "me" ? viewer.id : filters.owner;
  return {
    timeZone: tz,
    now,
    from,
    to,
    ...(ownerId ? { ownerId } : {}),
    ...(filters.niche ? { niche: filters.niche } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.pipeline ? { pipelineId: filters.pipeline } : {}),
    ...(filters.status ? { leadStatusId: filters.status } : {}),
  };
}
