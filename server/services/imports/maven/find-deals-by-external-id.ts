import type { Tx } from "@/server/db";

/** Ids per query: SQLite's driver adapter refuses a query with about a thousand bound values. */
const IDS_PER_QUERY = 500;

/** A stored deal as the Maven import compares it with an opportunity. */
export type StoredMavenDeal = Awaited<ReturnType<typeof findChunk>>[number];

function findChunk(tx: Tx, externalIds: string[]) {
  return tx.deal.findMany({
    where: { externalId: { in: externalIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      externalId: true,
      title: true,
      value: true,
      currency: true,
      probability: true,
      probabilityOverridden: true,
      weightedValue: true,
      pipelineId: true,
      stageId: true,
      closedAt: true,
      companyId: true,
      ownerId: true,
      searchText: true,
      stage: { select: { name: true } },
    },
  });
}

/**
 * The deals (of any pipeline) whose externalId is one of `externalIds`, by externalId; when
 * several share one, the oldest.
 */
export async function findDealsByExternalId(tx: Tx, externalIds: string[]): Promise<Map<string, StoredMavenDeal>> {
  const found = new Map<string, StoredMavenDeal>();
  for (let start = 0; start < externalIds.length; start += IDS_PER_QUERY) {
    for (const deal of await findChunk(tx, externalIds.slice(start, start + IDS_PER_QUERY))) {
      if (!found.has(deal.externalId!)) found.set(deal.externalId!, deal);
    }
  }
  return found;
}
