import type { ActivityListQuery } from "@/lib/validation/activity-list";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { activityRecordSelect, type ActivityRecord } from "./activity-record";
import { buildActivityWhere } from "./build-activity-where";

/**
 * One keyset page of activities matching `filters` (buildActivityWhere), oldest written first by
 * (createdAt, id), without a total count.
 * @param viewer - the acting user (for `by=me`).
 */
export async function listActivitiesPage(viewer: { id: string }, { filters, page }: { filters: ActivityListQuery; page: KeysetPageRequest }): Promise<KeysetPage<ActivityRecord>> {
  const where = buildActivityWhere(filters, viewer);
  return readKeysetPage(page, (take) => getDb().activity.findMany({ ...keysetFindArgs(where, page, take), select: activityRecordSelect }));
}
