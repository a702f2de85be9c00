import { isSystemActivity } from "@/lib/activities/activity-types";
import { canChangeActivity } from "@/lib/activities/can-change-activity";
import type { ActivityType } from "@/lib/enums";
import { ForbiddenError } from "@/server/errors";
import type { Actor } from "@/server/services/permissions";

/**
 * @throws ForbiddenError unless `actor` may edit or delete the activity (see canChangeActivity):
 *   system entries never; others only by their author or a manager or admin.
 */
export function assertCanChangeActivity(actor: Actor, activity: { authorId: string | null; type: ActivityType }): void {
  if (canChangeActivity(actor, activity)) return;
  throw new ForbiddenError(
    isSystemActivity(activity.type)
      ? "Status changes, conversions, completed tasks and email events are history and cannot be changed"
      : "Only the author, a manager or an admin can change this activity",
  );
}
