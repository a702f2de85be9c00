import { zonedDayStart } from "@/lib/dates";
import { cancelRecurringLineSchema } from "@/lib/validation/recurring-line";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findRecurringLineToChange } from "./find-recurring-line-to-change";
import { refreshCompanyRevenue } from "./refresh-company-revenue";

/**
 * "Cancel" on a recurring line: it ends at midnight of `endsDay` in the acting user's time zone
 * (the cancellation date; MRR counts it as churn or contraction in that month) and the company's
 * revenue figures are refreshed, in one transaction.
 * @param now - the figures' instant.
 * @throws ValidationError (no valid day, or not after the line's start); NotFoundError; ForbiddenError unless `actor` may edit its company.
 */
export async function cancelRecurringLine(actor: Actor & { timeZone: string }, lineId: string, input: { endsDay: unknown }, now = new Date()): Promise<void> {
  const { endsDay } = parseOrThrow(cancelRecurringLineSchema, input);
  const endsAt = zonedDayStart(endsDay, actor.timeZone);
  await getDb().$transaction(async (tx) => {
    const line = await findRecurringLineToChange(tx, actor, lineId);
    if (endsAt <= line.startsAt) throw new ValidationError("Some fields need attention", { endsDay: ["Must be after the start date"] });
    await tx.recurringLine.update({ where: { id: line.id }, data: { endsAt } });
    await recordAudit(tx, { actorId: actor.id, action: "cancel", entityType: "RecurringLine", entityId: line.id, changes: { endsAt: [line.endsAt, endsAt] } });
    await refreshCompanyRevenue(tx, line.companyId, now);
  });
}
