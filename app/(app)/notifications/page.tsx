import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/NotificationList";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listNotifications } from "@/server/services/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

/** /notifications: the signed-in user's latest 100 notifications (HOT leads, level-ups, achievements), newest first. */
export default async function NotificationsPage() {
  const user = await requireUser();
  const items = await listNotifications(user.id, { limit: 100 });
  return (
    <>
      <PageHeader title="Notifications" description="Leads that became HOT and other news for you; the latest 100." />
      <NotificationList items={items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null }))} timeZone={user.timeZone} />
    </>
  );
}
