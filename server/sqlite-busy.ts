import { setTimeout as sleep } from "node:timers/promises";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-settings";

/** Whether an SQLite error is "database is locked" (SQLITE_BUSY and its extended codes), as better-sqlite3 reports it. */
export function isSqliteBusy(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");
}

/**
 * Whether an error of Prisma's better-sqlite3 adapter (a DriverAdapterError, whose `cause` keeps
 * SQLite's code as `originalCode`) is "database is locked".
 */
export function isAdapterSqliteBusy(error: unknown): boolean {
  const cause = (error as { name?: unknown; cause?: { originalCode?: unknown } } | null)?.cause;
  return (error as { name?: unknown } | null)?.name === "DriverAdapterError" && isSqliteBusy({ code: cause?.originalCode });
}

/** Longest pause, in ms, between two attempts to take the write lock. */
const MAX_LOCK_RETRY_MS = 10;

/**
 * Runs `attempt` again while it fails with "database is locked", without blocking the event loop:
 * SQLite's own busy handler waits by sleeping in the calling thread, so every request of the
 * process would wait with it — and a lock that this process's timers or callbacks were to release
 * would stay held until the busy timeout. After a failure `isBusy` recognises, the next attempt
 * comes after a pause of 1, 2, 4, 8, then 10 ms, until SQLITE_BUSY_TIMEOUT_MS have passed. An
 * SQLITE_BUSY statement did nothing (SQLite undoes it), so trying it again is what the busy handler
 * itself does.
 * @param attempt - runs the statement, on a connection whose busy timeout is off.
 * @param isBusy - whether an error of `attempt` is SQLITE_BUSY (isSqliteBusy, isAdapterSqliteBusy).
 * @param waitTurn - awaited before each attempt.
 * @throws the last attempt's error: once the time is up for "database is locked", at once for any other.
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, isBusy: (error: unknown) => boolean, waitTurn?: () => Promise<void>): Promise<T> {
  const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  for (let pause = 1; ; pause = Math.min(pause * 2, MAX_LOCK_RETRY_MS)) {
    await waitTurn?.();
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
    }
    await sleep(pause);
  }
}
