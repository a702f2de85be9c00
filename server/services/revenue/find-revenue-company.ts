import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

/**
 * The company a project or recurring line is added to: it must exist and not be deleted.
 * @returns its owner (recurring lines are edited by whoever may edit their company).
 * @throws ValidationError on companyId.
 */
export async function findRevenueCompany(tx: Tx, companyId: string): Promise<{ id: string; ownerId: string | null }> {
  const company = await tx.company.findFirst({ where: { id: companyId, deletedAt: null }, select: { id: true, ownerId: true } });
  if (!company) throw new ValidationError("Some fields need attention", { companyId: ["Choose a company"] });
  return company;
}
