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
