import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { suppressionRowSelect, type SuppressionRow } from "./suppression-record";

/**
 * One suppression entry by id.
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getSuppression(id: string): Promise<SuppressionRow> {
  assertRecordId(id, "Suppression");
  const row = await getDb().emailSuppression.findUnique({ where: { id }, select: suppressionRowSelect });
  if (!row) throw new NotFoundError("Suppression");
  return row;
}
