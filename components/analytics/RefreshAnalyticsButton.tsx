"use client";

import { useTransition } from "react";
import { refreshAnalyticsAction } from "@/app/(app)/analytics/actions";
import { Button } from "@/components/ui/button";

/** "Refresh now": computes the analytics figures again instead of showing the kept ones. */
export function RefreshAnalyticsButton() {
  const [pending, startTransition] = useTransition();
  return (
    <Button type="button" disabled={pending} onClick={() => startTransition(async () => void (await refreshAnalyticsAction()))}>
      {pending ? "Refreshing…" : "Refresh now"}
    </Button>
  );
}
