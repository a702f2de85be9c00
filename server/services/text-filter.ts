import { isPostgres } from "@/server/db";

/**
 * A Prisma string filter matching values that contain `text`, ignoring case on both databases:
 * SQLite's LIKE already ignores ASCII case; PostgreSQL needs `mode: "insensitive"` (ILIKE),
 * which the SQLite client's types do not know, hence the cast.
 */
export function containsText(text: string): { contains: string } {
  return (isPostgres() ? { contains: text, mode: "insensitive" } : { contains: text }) as { contains: string };
}
