import { isPostgres } from "./db";

/**
 * The placeholders of `count` parameters of a `$queryRawUnsafe` statement, numbered from
 * `start`: "$1, $2, …" on PostgreSQL, "?, ?, …" on SQLite. For the few hot statements written
 * as SQL: on this Prisma version a tagged `$queryRaw` with `Prisma.join` costs about 0.5 ms a
 * call in parameter serialization, the unsafe form with plain parameters about 0.15 ms.
 * The values always go in as parameters, never into the text.
 */
export function sqlPlaceholders(count: number, start = 1): string {
  const postgres = isPostgres();
  return Array.from({ length: count }, (_, i) => (postgres ? `$${start + i}` : "?")).join(", ");
}
