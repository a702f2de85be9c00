import { recordIdSchema } from "@/lib/validation/common";
import { getDb } from "@/server/db";

/** An active company's id and name (to preselect it in a picker), or null when unknown or deleted. */
export async function getCompanyOption(companyId: string): Promise<{ id: string; name: string } | null> {
  if (!recordIdSchema.safeParse(companyId).success) return null;
  return getDb().company.findFirst({ where: { id: companyId, deletedAt: null }, select: { id: true, name: true } });
}
