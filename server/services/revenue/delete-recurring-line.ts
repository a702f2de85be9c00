import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import type { Actor } from "@/server/services/permissions";
import { findRecurringLineToChange } from "./find-recurring-line-to-change";
import { refreshCompanyRevenue } from "./refresh-company-revenue";

/**
 * Deletes a recurring line (entered by mistake; a line that ended is cancelled instead, so its
 * history stays in MRR) and refreshes its company's revenue figures, in one transaction.
 * @param now - the figures' instant.
 * @throws NotFoundError for an unknown line; ForbiddenError unless `actor` may edit its company.
 */
export async function deleteRecurringLine(actor: Actor, lineId: string, now = new Date()): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const line = await findRecurringLineToChange(tx, actor, lineId);
    await tx.recurringLine.delete({ where: { id: line.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "RecurringLine",
      entityId: line.id,
      changes: { companyId: line.companyId, kind: line.kind, amount: line.amount, currency: line.currency, billingPeriod: line.billingPeriod },
    });
    await refreshCompanyRevenue(tx, line.companyId, now);
  });
}
