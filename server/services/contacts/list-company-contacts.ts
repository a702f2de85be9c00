import { recordIdSchema } from "@/lib/validation/common";
import { getDb } from "@/server/db";

export type CompanyContactOption = { id: string; firstName: string; lastName: string | null; email: string | null; isPrimary: boolean };

/** A company's active contacts, the primary one first, then by name. For contact pickers. */
export async function listCompanyContacts(companyId: string): Promise<CompanyContactOption[]> {
  if (!recordIdSchema.safeParse(companyId).success) return [];
  return getDb().contact.findMany({
    where: { companyId, deletedAt: null },
    orderBy: [{ isPrimary: "desc" }, { firstName: "asc" }, { lastName: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, firstName: true, lastName: true, email: true, isPrimary: true },
  });
}
