"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/**
 * Re-renders the page from the server `ms` after the last render while `active` (a shown job is
 * queued or running). The next refresh waits for the previous one to finish: on a busy server a
 * refresh can take longer than `ms`, and starting another would abandon it, so none would land.
 */
export function RefreshWhileActive({ active, ms = 2000 }: { active: boolean; ms?: number }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  useEffect(() => {
    if (!active || refreshing) return;
    const timer = setTimeout(() => startRefresh(() => router.refresh()), ms);
    return () => clearTimeout(timer);
  }, [active, refreshing, ms, router]);
  return null;
}
