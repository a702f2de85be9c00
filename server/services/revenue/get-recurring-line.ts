import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { recurringLineSelect, type RecurringLineRow } from "./recurring-line-row";

/**
 * One recurring line with its company.
 * @throws NotFoundError for an unknown id.
 */
export async function getRecurringLine(lineId: string): Promise<RecurringLineRow> {
  assertRecordId(lineId, "Recurring line");
  const line = await getDb().recurringLine.findUnique({ where: { id: lineId }, select: recurringLineSelect });
  if (!line) throw new NotFoundError("Recurring line");
  return line;
}
