import type { ProjectData } from "@/lib/validation/project";
import type { Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { assertOwnerExists } from "@/server/services/companies/assert-owner-exists";
import { findRevenueCompany } from "@/server/services/revenue/find-revenue-company";
import { refreshCompanyRevenue } from "@/server/services/revenue/refresh-company-revenue";
import { assertProjectType } from "./assert-project-type";
import { projectColumns } from "./project-columns";

/**
 * Inserts a validated project inside the caller's transaction, records it in the audit log and
 * refreshes its company's revenue figures.
 * @param who - the acting user (audit log), the owner the caller decided on, and the time zone
 *   of the form's days.
 * @param dealId - the won deal it comes from, if any.
 * @param now - today, for a PAID project without a paid day, and the figures' instant.
 * @throws ValidationError for an unknown or deleted company, an unknown or archived type, an unknown owner.
 */
export async function insertProject(
  tx: Tx,
  who: { actorId: string; ownerId: string; timeZone: string },
  data: ProjectData & { companyId: string; dealId?: string | null; startedAt?: Date },
  now: Date,
): Promise<{ id: string }> {
  await findRevenueCompany(tx, data.companyId);
  await assertProjectType(tx, data.typeId);
  await assertOwnerExists(tx, who.ownerId);
  const columns = projectColumns(data, who.timeZone, now);
  const project = await tx.project.create({
    data: { ...columns, startedAt: columns.startedAt ?? data.startedAt ?? null, companyId: data.companyId, dealId: data.dealId ?? null, ownerId: who.ownerId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: who.actorId,
    action: "create",
    entityType: "Project",
    entityId: project.id,
    changes: { name: data.name, companyId: data.companyId, amount: columns.amount, currency: columns.currency, status: columns.status, dealId: data.dealId ?? null },
  });
  await refreshCompanyRevenue(tx, data.companyId, now);
  return project;
}
