import { getDb } from "@/server/db";
import { assertRecordId } from "@/server/services/parse";

/**
 * Marks a user's notifications read: those of `ids`, or every unread one when `ids` is "all". Only
 * the user's own are touched (another user's id is ignored, as an unknown one is).
 * @param now - the read instant.
 * @returns how many changed.
 */
export async function markNotificationsRead(userId: string, ids: readonly string[] | "all", now = new Date()): Promise<number> {
  if (ids !== "all") for (const id of ids) assertRecordId(id, "Notification");
  const { count } = await getDb().notification.updateMany({
    where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) },
    data: { readAt: now },
  });
  return count;
}
