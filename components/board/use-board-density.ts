"use client";

import { useCallback, useSyncExternalStore } from "react";

/** How much a board card shows: everything, or one line per card to see more of a column. */
export type BoardDensity = "comfortable" | "compact";

const listeners = new Set<() => void>();
const storageKey = (userId: string) => `leadwell.board.density.${userId}`;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/**
 * The board card density, remembered per user in this browser (localStorage). The server renders
 * "comfortable"; a remembered "compact" applies right after hydration.
 */
export function useBoardDensity(userId: string): [BoardDensity, (density: BoardDensity) => void] {
  const density = useSyncExternalStore(
    subscribe,
    () => (localStorage.getItem(storageKey(userId)) === "compact" ? "compact" : "comfortable"),
    () => "comfortable" as const,
  );
  const setDensity = useCallback(
    (next: BoardDensity) => {
      localStorage.setItem(storageKey(userId), next);
      for (const listener of listeners) listener();
    },
    [userId],
  );
  return [density, setDensity];
}
