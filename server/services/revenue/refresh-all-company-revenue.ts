import "server-only";
import { getDb } from "@/server/db";
import { getExchangeRates } from "./get-exchange-rates";
import { refreshCompanyRevenue } from "./refresh-company-revenue";

/** Companies refreshed per transaction. */
const BATCH = 100;

/**
 * Refreshes the revenue figures (refreshCompanyRevenue) of every company that has projects or
 * recurring lines or still shows figures, in batches of BATCH companies per transaction: after a
 * change of base currency or exchange rates, and nightly (lines start and end as time passes).
 * @param now - the instant the figures are for.
 * @param checkpoint - called between batches (a job's checkpoint, to renew its lease).
 * @returns how many companies were refreshed.
 */
export async function refreshAllCompanyRevenue(now: Date, checkpoint: () => Promise<void> = async () => {}): Promise<number> {
  const db = getDb();
  const rates = await getExchangeRates(db);
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const batch: Array<{ id: string }> = await db.company.findMany({
      where: {
        ...(after ? { id: { gt: after } } : {}),
        OR: [{ recurringLines: { some: {} } }, { projects: { some: { status: "PAID" } } }, { mrr: { not: 0 } }, { lifetimeRevenue: { not: 0 } }, { hostingActive: true }, { saasActive: true }],
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (batch.length === 0) return count;
    await db.$transaction(async (tx) => {
      for (const { id } of batch) await refreshCompanyRevenue(tx, id, now, rates);
    });
    count += batch.length;
    after = batch[batch.length - 1].id;
    await checkpoint();
  }
}
