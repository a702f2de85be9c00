import type { ActivityType, Role } from "@/lib/enums";
import { isSystemActivity } from "./activity-types";

/**
 * Whether a user may edit or delete a timeline entry: its author, or any MANAGER or ADMIN (issue 4);
 * entries the system wrote (status changes, conversions, completed tasks, email events) are
 * history and nobody changes them. The service layer enforces this; the UI uses it to hide buttons.
 */
export function canChangeActivity(user: { id: string; role: Role }, activity: { authorId: string | null; type: ActivityType }): boolean {
  if (isSystemActivity(activity.type)) return false;
  return user.role !== "SALES" || (activity.authorId !== null && activity.authorId === user.id);
}
