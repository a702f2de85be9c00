import { recurringLineInputSchema, type RecurringLineInput } from "@/lib/validation/recurring-line";
import { getDb } from "@/server/db";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findRecurringLineToChange } from "./find-recurring-line-to-change";
import { recurringLineColumns } from "./recurring-line-columns";
import { refreshCompanyRevenue } from "./refresh-company-revenue";

/**
 * Replaces a recurring line's fields with `input` (a full line form) and refreshes its company's
 * revenue figures, in one transaction. An upgrade or downgrade from a date is better entered as
 * ending this line and adding another, so MRR history keeps the old amount.
 * @param now - the figures' instant.
 * @throws ValidationError; NotFoundError for an unknown line; ForbiddenError unless `actor` may edit its company.
 */
export async function updateRecurringLine(actor: Actor & { timeZone: string }, lineId: string, input: RecurringLineInput, now = new Date()): Promise<void> {
  assertRecordId(lineId, "Recurring line");
  const data = parseOrThrow(recurringLineInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await findRecurringLineToChange(tx, actor, lineId);
    const columns = recurringLineColumns(data, actor.timeZone);
    await tx.recurringLine.update({ where: { id: lineId }, data: columns });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "RecurringLine", entityId: lineId, changes: changedFields(before, columns) });
    await refreshCompanyRevenue(tx, before.companyId, now);
  });
}
