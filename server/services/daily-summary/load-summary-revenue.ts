import "server-only";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import type { MrrLine } from "@/lib/revenue/mrr";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { loadMrrLines } from "@/server/services/revenue/load-mrr-lines";

/** What every summary's money figures are computed from: the recurring lines and the exchange rates. */
export type SummaryRevenueInputs = { lines: MrrLine[]; rates: ExchangeRates };

/**
 * Loads the workspace's recurring lines (of companies not deleted) and exchange rates once, so a
 * run that builds many summaries does not read them per user.
 */
export async function loadSummaryRevenue(): Promise<SummaryRevenueInputs> {
  const [lines, rates] = await Promise.all([loadMrrLines(), getExchangeRates()]);
  return { lines, rates };
}
