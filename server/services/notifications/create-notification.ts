import type { Db, Tx } from "@/server/db";

/** What a notification says, to whom, and where clicking it goes. */
export type NotificationDraft = {
  userId: string;
  /** What happened: LEAD_HOT, LEVEL_UP, ACHIEVEMENT… */
  kind: string;
  title: string;
  body?: string | null;
  /** An app path, e.g. /leads/<id>. */
  href?: string | null;
};

/**
 * Adds an unread entry to a user's notification centre (inside `tx` when given, so it is kept only
 * if the change that caused it is). The header's bell lists it and shows it as a toast.
 * @param now - when it happened (createdAt).
 */
export async function createNotification(db: Db | Tx, draft: NotificationDraft, now: Date): Promise<{ id: string }> {
  return db.notification.create({
    data: { userId: draft.userId, kind: draft.kind, title: draft.title, body: draft.body ?? null, href: draft.href ?? null, createdAt: now },
    select: { id: true },
  });
}
