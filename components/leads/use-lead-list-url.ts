"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { leadListSearch, type LeadListQuery } from "@/lib/validation/lead-list";

/**
 * Navigates the leads list to a changed view. Any change other than paging returns to page 1,
 * so a new filter never lands on an empty page.
 */
export function useLeadListUrl(query: LeadListQuery) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const update = useCallback(
    (patch: Partial<LeadListQuery>) => {
      const next = { ...query, ...patch, page: patch.page ?? 1 };
      startTransition(() => router.push(`/leads${leadListSearch(next)}`, { scroll: false }));
    },
    [query, router],
  );
  return { update, pending };
}
