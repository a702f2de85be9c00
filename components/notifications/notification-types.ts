/** A notification as the browser gets it (dates as ISO strings). */
export type NotificationView = { id: string; kind: string; title: string; body: string | null; href: string | null; readAt: string | null; createdAt: string };

/** What GET /api/notifications answers. */
export type NotificationFeedView = { unread: number; items: NotificationView[] };
