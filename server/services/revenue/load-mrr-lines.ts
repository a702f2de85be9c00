import "server-only";
import type { MrrLine } from "@/lib/revenue/mrr";
import { getDb, type Db, type Tx } from "@/server/db";

/**
 * The recurring lines MRR is computed from, of companies that are not deleted: all of them, or
 * those of companies owned by `ownerId` (a user's "My" view) or of one company.
 */
export async function loadMrrLines(scope: { ownerId?: string; companyId?: string } = {}, db: Db | Tx = getDb()): Promise<MrrLine[]> {
  return db.recurringLine.findMany({
    where: { companyId: scope.companyId, company: { deletedAt: null, ownerId: scope.ownerId } },
    select: { companyId: true, kind: true, amount: true, currency: true, billingPeriod: true, startsAt: true, endsAt: true },
  });
}
