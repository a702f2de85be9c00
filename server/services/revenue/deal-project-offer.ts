import { toMajorUnits } from "@/lib/money";
import { getDb } from "@/server/db";
import { projectFormTypes } from "./project-form-types";

/** What "Mark won → Create a project" on a deal page offers: the project types and the deal's title, value (major units) and currency. */
export type DealProjectOffer = { types: Array<{ id: string; name: string }>; name: string; amount: number; currency: string };

/**
 * The project a deal page offers to create when the deal is marked won, or null when it cannot
 * have one: it has no company, or already has its project (one per deal).
 * @param deal - the deal's id, title, value in minor units, currency and company.
 */
export async function dealProjectOffer(deal: { id: string; title: string; value: number; currency: string; companyId: string | null }): Promise<DealProjectOffer | null> {
  if (!deal.companyId) return null;
  if (await getDb().project.findUnique({ where: { dealId: deal.id }, select: { id: true } })) return null;
  return { types: await projectFormTypes(), name: deal.title, amount: toMajorUnits(deal.value), currency: deal.currency };
}
