"use client";

import { formatDistanceToNowStrict } from "date-fns";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { markNotificationsReadAction } from "@/app/(app)/notifications/actions";
import type { NotificationFeedView, NotificationView } from "./notification-types";
import { NotificationToasts } from "./NotificationToasts";

/** How often the bell asks for new notifications while the tab is visible, in ms. */
const POLL_MS = 15_000;

/** Shows a desktop notification for a HOT lead where the user allowed them (Notification API). */
function showDesktopNotification(item: NotificationView, open: (href: string) => void): void {
  if (item.kind !== "LEAD_HOT" || typeof window === "undefined" || !("Notification" in window) || Notification.permission !== "granted") return;
  const shown = new Notification(item.title, { body: item.body ?? undefined, tag: item.id });
  shown.onclick = () => {
    window.focus();
    if (item.href) open(item.href);
  };
}

/**
 * The header's bell: the unread count, a list of the latest notifications (mark one or all read,
 * a link to /notifications), a toast for each new one (any kind: HOT leads, level-ups,
 * achievements) and, for HOT leads, a desktop notification where the browser allows it. It polls
 * GET /api/notifications?after=<newest seen> every 15 s while the tab is visible (two indexed
 * queries) and when the tab comes back.
 */
export function NotificationBell() {
  const router = useRouter();
  const [feed, setFeed] = useState<NotificationFeedView>({ unread: 0, items: [] });
  const [toasts, setToasts] = useState<NotificationView[]>([]);
  const [open, setOpen] = useState(false);
  const newest = useRef<string | null>(null);
  const loaded = useRef(false);
  const panel = useRef<HTMLDivElement>(null);

  const poll = useCallback(async () => {
    const query = newest.current ? `?after=${encodeURIComponent(newest.current)}` : "";
    const response = await fetch(`/api/notifications${query}`, { cache: "no-store" }).catch(() => null);
    if (!response?.ok) return;
    const next = (await response.json()) as NotificationFeedView;
    const fresh = next.items;
    if (fresh.length) newest.current = fresh[0].createdAt;
    // The first answer is what was there already; later ones are new.
    if (loaded.current && fresh.length) {
      setToasts((shown) => [...fresh.slice(0, 3).reverse(), ...shown].slice(0, 3));
      for (const item of fresh) showDesktopNotification(item, (href) => router.push(href));
    }
    loaded.current = true;
    setFeed((before) => ({ unread: next.unread, items: [...fresh, ...before.items.filter((i) => !fresh.some((f) => f.id === i.id))].slice(0, 10) }));
  }, [router]);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") void poll();
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, POLL_MS);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [poll]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (panel.current && !panel.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  const markRead = async (ids: string[] | "all") => {
    const result = await markNotificationsReadAction(ids);
    if (!result.ok) return;
    const now = new Date().toISOString();
    setFeed((before) => ({
      unread: ids === "all" ? 0 : Math.max(0, before.unread - before.items.filter((i) => !i.readAt && ids.includes(i.id)).length),
      items: before.items.map((i) => (ids === "all" || ids.includes(i.id) ? { ...i, readAt: i.readAt ?? now } : i)),
    }));
  };

  return (
    <div className="relative" ref={panel}>
      <button
        type="button"
        className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100"
        aria-label={feed.unread ? `Notifications, ${feed.unread} unread` : "Notifications"}
        aria-expanded={open}
        data-testid="notification-bell"
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden>
          <path d="M10 2a5 5 0 0 0-5 5v2.6L3.3 13a1 1 0 0 0 .9 1.5h11.6a1 1 0 0 0 .9-1.5L15 9.6V7a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0H8Z" />
        </svg>
        {feed.unread ? (
          <span className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white" data-testid="notification-count">
            {feed.unread > 99 ? "99+" : feed.unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="absolute right-0 z-40 mt-2 w-80 rounded-lg border border-slate-200 bg-white shadow-lg" role="dialog" aria-label="Notifications">
          <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
            <span className="text-sm font-semibold text-slate-800">Notifications</span>
            <button type="button" className="text-xs text-brand-700 hover:underline disabled:text-slate-400" disabled={!feed.unread} onClick={() => void markRead("all")}>
              Mark all read
            </button>
          </div>
          <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto" data-testid="notification-menu">
            {feed.items.map((item) => (
              <li key={item.id} className={item.readAt ? "" : "bg-brand-50/60"}>
                <Link
                  href={item.href ?? "/notifications"}
                  className="block px-3 py-2 hover:bg-slate-50"
                  onClick={() => {
                    setOpen(false);
                    if (!item.readAt) void markRead([item.id]);
                  }}
                >
                  <div className="text-sm font-medium text-slate-900">{item.title}</div>
                  {item.body ? <div className="text-xs text-slate-600">{item.body}</div> : null}
                  <div className="text-[11px] text-slate-400">{formatDistanceToNowStrict(new Date(item.createdAt), { addSuffix: true })}</div>
                </Link>
              </li>
            ))}
            {feed.items.length === 0 ? <li className="px-3 py-4 text-sm text-slate-500">No notifications yet.</li> : null}
          </ul>
          <Link href="/notifications" className="block border-t border-slate-200 px-3 py-2 text-center text-sm text-brand-700 hover:bg-slate-50" onClick={() => setOpen(false)}>
            All notifications
          </Link>
        </div>
      ) : null}
      <NotificationToasts toasts={toasts} onDismiss={(id) => setToasts((shown) => shown.filter((t) => t.id !== id))} />
    </div>
  );
}
