// The settings every SQLite connection of a process opens with: Prisma's (server/db.ts) and
// readRows' (server/read-rows.ts).

/** SQLite waits this long (ms) for a lock held by another connection before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's page cache for each connection, in KiB (`PRAGMA cache_size` takes a negative number
 * as KiB). better-sqlite3 builds SQLite with 16 MB, so a page that reads several tables of
 * a database of 100,000 leads fetches many of its pages from the operating system again on every
 * request; with 64 MiB they stay (the team dashboard on the bench:dashboard data set, fastest of 30 loads:
 * 259 ms with better-sqlite3's default of 16 MB, 161 ms with 64 MiB).
 * Pages are only held once read, so a process that touches little (a worker) stays small.
 */
export const SQLITE_CACHE_KIB = 65_536;

/**
 * Where SQLite keeps temporary data. An UPDATE of many rows inside a transaction keeps a statement
 * journal (the original of every page it changes, so the statement alone can be undone), written to
 * a temporary file once past 64 KiB; in memory, the first rescore of bench:scoring (100,000 leads,
 * 4,000 per UPDATE) writes 2.3 GB instead of 3.5 GB and takes 17.7–18.5 s instead of 19.2–20.0 s
 * (load average 1–2). Sorts and groupings that spill stay in memory too.
 */
export const SQLITE_TEMP_STORE = "MEMORY";
