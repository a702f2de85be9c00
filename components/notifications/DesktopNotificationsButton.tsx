"use client";

import { useSyncExternalStore, useState } from "react";
import { Button } from "@/components/ui/button";

const supported = () => typeof window !== "undefined" && "Notification" in window;

/**
 * Asks the browser for permission to show desktop notifications (the Notification API; a browser
 * only asks in answer to a click). Says so when they are on, blocked, or unsupported.
 */
export function DesktopNotificationsButton() {
  const [, setAsked] = useState(0);
  const permission = useSyncExternalStore(
    () => () => {},
    () => (supported() ? Notification.permission : "unsupported"),
    () => "default",
  );
  if (permission === "unsupported") return null;
  if (permission === "granted") return <span className="text-xs text-slate-500">Desktop notifications are on for HOT leads</span>;
  if (permission === "denied") return <span className="text-xs text-slate-500">Desktop notifications are blocked in this browser&apos;s settings</span>;
  return (
    <Button size="sm" variant="secondary" onClick={() => void Notification.requestPermission().then(() => setAsked((n) => n + 1))}>
      Enable desktop notifications
    </Button>
  );
}
