import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { activityRecordSelect, type ActivityRecord } from "./activity-record";

/**
 * One activity. Every signed-in user may read every activity (as on the records' timelines).
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getActivity(activityId: string): Promise<ActivityRecord> {
  assertRecordId(activityId, "Activity");
  const activity = await getDb().activity.findUnique({ where: { id: activityId }, select: activityRecordSelect });
  if (!activity) throw new NotFoundError("Activity");
  return activity;
}
