"use client";

import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";

/**
 * Search as you type for a combobox: while `enabled`, `search(query)` (a server action) runs
 * 150 ms after the last keystroke and its hits replace the list. The returned `onKeyDown` moves
 * the active hit with the arrow keys, chooses it with Enter and closes the list with Escape.
 * @returns the hits, the active hit's index, whether a search is
 *   running, and the key handler for the input.
 */
export function useSearchCombobox<Hit>({
  query,
  enabled,
  search,
  onChoose,
  onClose,
}: {
  query: string;
  enabled: boolean;
  search: (query: string) => Promise<ActionResult<Hit[]>>;
  onChoose: (hit: Hit | undefined) => void;
  onClose: () => void;
}) {
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(0);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const result = await search(query);
        if (result.ok) {
          setHits(result.data);
          setActive(0);
        }
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [query, enabled, search]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (e.key === "Enter") {
      e.preventDefault(); // inside a form, Enter chooses instead of submitting
      onChoose(hits[active]);
    } else if (e.key === "Escape") onClose();
  };

  return { hits, active, pending, onKeyDown };
}
