import "server-only";
import type { PaidProject } from "@/lib/revenue/company-revenue";
import type { MrrLine } from "@/lib/revenue/mrr";
import { getDb, type Db, type Tx } from "@/server/db";
import { loadMrrLines } from "./load-mrr-lines";

/** What a company's revenue figures are computed from: its PAID projects and its recurring lines. */
export async function loadCompanyRevenueInputs(companyId: string, db: Db | Tx = getDb()): Promise<{ projects: PaidProject[]; lines: MrrLine[] }> {
  const [projects, lines] = await Promise.all([
    db.project.findMany({ where: { companyId, status: "PAID" }, select: { amount: true, currency: true, paidAt: true } }),
    loadMrrLines({ companyId }, db),
  ]);
  return { projects, lines };
}
