import "server-only";
import { companyRevenue } from "@/lib/revenue/company-revenue";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import type { Tx } from "@/server/db";
import { getExchangeRates } from "./get-exchange-rates";
import { loadCompanyRevenueInputs } from "./load-company-revenue-inputs";

/**
 * Recomputes the revenue figures kept on a company for the companies list — `mrr` and
 * `lifetimeRevenue` (minor units of the base currency; currencies without a rate left out),
 * `hostingActive`, `saasActive` — as of `now` (companyRevenue). Call it in the transaction of
 * every project or recurring-line write so the figures never lag the rows.
 * @param rates - the exchange rates, when the caller already has them (refreshing many companies).
 * @param now - the instant the figures are for (injected so tests control the clock).
 */
export async function refreshCompanyRevenue(tx: Tx, companyId: string, now: Date, rates?: ExchangeRates): Promise<void> {
  const [inputs, exchange] = await Promise.all([loadCompanyRevenueInputs(companyId, tx), rates ?? getExchangeRates(tx)]);
  // The year does not matter for the kept figures; `now`'s own instant is an empty range.
  const { base, hostingActive, saasActive } = companyRevenue(inputs, now, { start: now, end: now }, exchange);
  await tx.company.update({ where: { id: companyId }, data: { mrr: base.mrr, lifetimeRevenue: base.lifetime, hostingActive, saasActive }, select: { id: true } });
}
