import { dealSearchText } from "@/lib/deals/deal-search-text";
import type { Tx } from "@/server/db";

/**
 * Rewrites the search text of a company's deals after the company was renamed (the text holds
 * the company's name). One update per distinct deal title.
 */
export async function refreshCompanyDealSearchText(tx: Tx, companyId: string, companyName: string): Promise<void> {
  const titles = await tx.deal.groupBy({ by: ["title"], where: { companyId } });
  for (const { title } of titles) {
    await tx.deal.updateMany({ where: { companyId, title }, data: { searchText: dealSearchText({ title, companyName }) } });
  }
}
