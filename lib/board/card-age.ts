import type { BoardStage } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `since` to `now` (0 for the future). */
export function wholeDaysSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

/**
 * Whether a card has sat in its stage too long: the stage is open, has rotting days set, and
 * more than that many days (of 24 hours) have passed since the card entered it.
 * @param stageChangedAt - when the card entered its current stage.
 */
export function isRotting(stage: Pick<BoardStage, "kind" | "rottingDays">, stageChangedAt: Date, now: Date): boolean {
  return stage.kind === "OPEN" && stage.rottingDays !== null && now.getTime() - stageChangedAt.getTime() > stage.rottingDays * DAY_MS;
}
