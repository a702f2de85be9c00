import { isPostgres, type Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { jsonRowChunks } from "./insert-rows";

/** Tables bulk-updated by id, with the columns each may be given (every row gives the same ones). */
type Rows = {
  EmailMessage: Pick<Prisma.EmailMessageUncheckedUpdateInput, "status" | "statusAt" | "error" | "sentAt" | "deliveredAt" | "openedAt" | "clickedAt" | "bouncedAt" | "complainedAt"> & { id: string; updatedAt: Date };
  EmailEvent: Pick<Prisma.EmailEventUncheckedUpdateInput, "outcome" | "messageId" | "processedAt"> & { id: string };
};

/**
 * Updates rows by id inside the caller's transaction, each to its own values, in one statement
 * per 1,000 rows: the rows go as one JSON parameter that the database unpacks and joins on id
 * (SQLite 3.33+ `UPDATE … FROM json_each(?)`, values read by position; PostgreSQL
 * `UPDATE … FROM jsonb_populate_recordset(…)`, which casts to each column's type, enums
 * included). The counterpart of insertRows, and for the same reason: one Prisma update per row
 * costs far more than the row it writes. Dates are written in the text form Prisma uses on
 * SQLite. Raw SQL skips `@updatedAt`: a table that has it gets it in every row. Rows whose id
 * does not exist change nothing. All rows must have the same keys; they are column names from
 * code, never input.
 */
export async function updateRows<T extends keyof Rows>(tx: Tx, table: T, rows: Rows[T][]): Promise<void> {
  if (!rows.length) return;
  const postgres = isPostgres();
  const columns = Object.keys(rows[0]).filter((column) => column !== "id");
  const keys = ["id", ...columns];
  const sql = postgres
    ? `UPDATE "${table}" SET ${columns.map((column) => `"${column}" = r."${column}"`).join(", ")}
       FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) AS r WHERE "${table}"."id" = r."id"`
    : `UPDATE "${table}" SET ${columns.map((column, index) => `"${column}" = j.value ->> ${index + 1}`).join(", ")}
       FROM json_each(?) AS j WHERE "${table}"."id" = j.value ->> 0`;
  for (const chunk of jsonRowChunks(rows, keys, postgres)) await tx.$executeRawUnsafe(sql, chunk);
}
