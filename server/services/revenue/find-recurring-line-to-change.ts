import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * A recurring line about to be changed, once `actor` may edit its company.
 * @throws NotFoundError for an unknown line; ForbiddenError unless `actor` may edit the company.
 */
export async function findRecurringLineToChange(tx: Tx, actor: Actor, lineId: string) {
  assertRecordId(lineId, "Recurring line");
  const line = await tx.recurringLine.findUnique({ where: { id: lineId }, include: { company: { select: { ownerId: true } } } });
  if (!line) throw new NotFoundError("Recurring line");
  assertCanEdit(actor, line.company, "company's revenue");
  return line;
}
