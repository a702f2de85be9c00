import { getDb } from "@/server/db";

/** One notification as the bell and the /notifications page show it. */
export type NotificationItem = { id: string; kind: string; title: string; body: string | null; href: string | null; readAt: Date | null; createdAt: Date };

const select = { id: true, kind: true, title: true, body: true, href: true, readAt: true, createdAt: true } as const;

/**
 * A user's notifications, newest first: the `limit` latest (the /notifications page, the bell's
 * list), optionally only those created after `after` (the bell's poll for new ones, to toast).
 * @param limit - at most this many (1–200).
 */
export async function listNotifications(userId: string, { after = null, limit = 50 }: { after?: Date | null; limit?: number } = {}): Promise<NotificationItem[]> {
  return getDb().notification.findMany({
    where: { userId, ...(after ? { createdAt: { gt: after } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(200, Math.max(1, Math.floor(limit))),
    select,
  });
}

/** How many of a user's notifications are unread (the bell's badge); counted from the (userId, readAt, createdAt) index. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return getDb().notification.count({ where: { userId, readAt: null } });
}
