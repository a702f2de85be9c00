"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import type { NotificationView } from "./notification-types";

/** How long a toast stays, in ms. */
const TOAST_MS = 8_000;

function Toast({ item, onDismiss }: { item: NotificationView; onDismiss: () => void }) {
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    const timer = setTimeout(() => dismiss.current(), TOAST_MS);
    return () => clearTimeout(timer);
  }, [item.id]);
  return (
    <div role="status" className="pointer-events-auto flex w-80 items-start gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-lg" data-testid="notification-toast">
      <span className={`mt-1 size-2 shrink-0 rounded-full ${item.kind === "LEAD_HOT" ? "bg-red-500" : "bg-brand-600"}`} aria-hidden />
      <div className="min-w-0 flex-1">
        {item.href ? (
          <Link href={item.href} className="text-sm font-medium text-slate-900 hover:underline" onClick={onDismiss}>
            {item.title}
          </Link>
        ) : (
          <div className="text-sm font-medium text-slate-900">{item.title}</div>
        )}
        {item.body ? <div className="text-xs text-slate-600">{item.body}</div> : null}
      </div>
      <button type="button" className="text-slate-400 hover:text-slate-700" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

/**
 * New notifications as toasts in the top-right corner (any kind), each for a few seconds. Rendered
 * into <body>, as Notice is: the header's backdrop blur would otherwise become their containing box.
 */
export function NotificationToasts({ toasts, onDismiss }: { toasts: NotificationView[]; onDismiss: (id: string) => void }) {
  if (!toasts.length) return null;
  return createPortal(
    <div className="pointer-events-none fixed top-16 right-4 z-50 flex flex-col gap-2">
      {toasts.map((item) => (
        <Toast key={item.id} item={item} onDismiss={() => onDismiss(item.id)} />
      ))}
    </div>,
    document.body,
  );
}
