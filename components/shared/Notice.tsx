"use client";

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";

/** A short confirmation ("Email sent", "Outreach logged") and its setter; it clears itself after `ms`. */
export function useNotice(ms = 5000): [string | null, (text: string | null) => void] {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), ms);
    return () => clearTimeout(timer);
  }, [notice, ms]);
  return [notice, setNotice];
}

/**
 * Shows a notice in the bottom-right corner, as a live status for screen readers. Rendered into
 * <body>: the header's backdrop blur would otherwise become the box it is fixed to.
 */
export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return createPortal(
    <p role="status" className="fixed right-4 bottom-4 z-50 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg">
      {text}
    </p>,
    document.body,
  );
}
