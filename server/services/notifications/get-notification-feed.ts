import { notificationPollSchema } from "@/lib/validation/notification";
import { parseOrThrow } from "@/server/services/parse";
import { countUnreadNotifications, listNotifications, type NotificationItem } from "./list-notifications";

/** What the bell polls: the unread count, and the latest notifications (those after `after` when given). */
export type NotificationFeed = { unread: number; items: NotificationItem[] };

/**
 * The bell's poll (GET /api/notifications): the unread count and up to 10 notifications, newest
 * first — created after `query.after` when given (new ones, to toast), else the latest. Two indexed
 * queries.
 * @throws ValidationError for a malformed `after`.
 */
export async function getNotificationFeed(userId: string, query: unknown): Promise<NotificationFeed> {
  const { after } = parseOrThrow(notificationPollSchema, query);
  const [unread, items] = await Promise.all([countUnreadNotifications(userId), listNotifications(userId, { after, limit: 10 })]);
  return { unread, items };
}
