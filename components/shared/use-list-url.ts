"use client";

import { useRouter } from "next/navigation";
import { useCallback, useOptimistic, useTransition } from "react";

/**
 * Navigates a record list (leads, companies, contacts) to a changed view held in the URL. Any
 * change other than paging returns to page 1, so a new filter never lands on an empty page.
 * @param path - the list's path, e.g. "/companies".
 * @param toSearch - builds the URL search string of a query (e.g. companyListSearch).
 * @returns `update`, whether a navigation is pending, and `view`: the query as last changed, shown
 *   by controls at once while the server renders it (then the URL's query again).
 */
export function useListUrl<Q extends { page: number }>(path: string, query: Q, toSearch: (query: Q) => string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(query);
  const update = useCallback(
    (patch: Partial<Q>) => {
      // Based on the optimistic view, so two quick changes both apply.
      const next = { ...view, ...patch, page: patch.page ?? 1 };
      startTransition(() => {
        setView(next);
        router.push(`${path}${toSearch(next)}`, { scroll: false });
      });
    },
    [path, view, router, setView, toSearch],
  );
  return { update, pending, view };
}
