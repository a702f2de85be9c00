"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markNotificationsReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { DesktopNotificationsButton } from "./DesktopNotificationsButton";
import type { NotificationView } from "./notification-types";

/** /notifications: every notification with its time; unread ones marked; mark one or all read; enable desktop notifications. */
export function NotificationList({ items, timeZone }: { items: NotificationView[]; timeZone: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const markRead = (ids: string[] | "all") =>
    startTransition(async () => {
      await markNotificationsReadAction(ids);
      router.refresh();
    });
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="max-w-3xl space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" variant="secondary" disabled={pending || unread === 0} onClick={() => markRead("all")}>
          Mark all read
        </Button>
        <DesktopNotificationsButton />
      </div>
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="notification-list">
          {items.map((n) => (
            <li key={n.id} className={`flex items-start gap-3 px-4 py-3 ${n.readAt ? "" : "bg-brand-50/50"}`}>
              <span className={`mt-1.5 size-2 shrink-0 rounded-full ${n.readAt ? "bg-transparent" : "bg-brand-600"}`} aria-label={n.readAt ? undefined : "Unread"} />
              <div className="min-w-0 flex-1">
                {n.href ? (
                  <Link href={n.href} className="font-medium text-slate-900 hover:underline" onClick={() => (n.readAt ? undefined : markRead([n.id]))}>
                    {n.title}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">{n.title}</span>
                )}
                {n.body ? <p className="text-sm text-slate-600">{n.body}</p> : null}
                <p className="text-xs text-slate-400">{formatInZone(new Date(n.createdAt), timeZone)}</p>
              </div>
              {n.readAt ? null : (
                <Button size="sm" variant="ghost" disabled={pending} onClick={() => markRead([n.id])}>
                  Mark read
                </Button>
              )}
            </li>
          ))}
          {items.length === 0 ? <li className="px-4 py-6 text-sm text-slate-500">Nothing yet. When one of your leads becomes HOT, it shows here.</li> : null}
        </ul>
      </Card>
    </div>
  );
}
