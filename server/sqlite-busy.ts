/** Whether an SQLite error is "database is locked" (SQLITE_BUSY and its extended codes), as better-sqlite3 reports it. */
export function isSqliteBusy(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");
}
