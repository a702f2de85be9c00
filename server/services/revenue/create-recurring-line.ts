import { newRecurringLineSchema, type NewRecurringLineInput } from "@/lib/validation/recurring-line";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { findRevenueCompany } from "./find-revenue-company";
import { recurringLineColumns } from "./recurring-line-columns";
import { refreshCompanyRevenue } from "./refresh-company-revenue";

/**
 * Adds a recurring revenue line to a company and refreshes the company's revenue figures, in one
 * transaction. Lines have no owner of their own: whoever may edit the company may change them.
 * @param actor - the acting user and their time zone (for the start and end days).
 * @param now - the figures' instant.
 * @throws ValidationError (invalid input, unknown or deleted company); ForbiddenError unless `actor` may edit the company.
 */
export async function createRecurringLine(actor: Actor & { timeZone: string }, input: NewRecurringLineInput, now = new Date()): Promise<{ id: string }> {
  const data = parseOrThrow(newRecurringLineSchema, input);
  return getDb().$transaction(async (tx) => {
    const company = await findRevenueCompany(tx, data.companyId);
    assertCanEdit(actor, company, "company's revenue");
    const columns = recurringLineColumns(data, actor.timeZone);
    const line = await tx.recurringLine.create({ data: { ...columns, companyId: company.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "RecurringLine", entityId: line.id, changes: { companyId: company.id, ...columns } });
    await refreshCompanyRevenue(tx, company.id, now);
    return line;
  });
}
