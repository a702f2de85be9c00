import { toBaseCurrency, type ExchangeRates } from "./exchange";

/** A sum of money in one currency, in minor units. */
export type CurrencyAmount = { currency: string; amount: number };

/**
 * Adds amounts in several currencies in the base currency of `rates`, rounding the total once to
 * a whole minor unit. Amounts in a currency without a rate are left out and that currency is named
 * in `missingRates` (sorted), so a widget can say its total is incomplete.
 * @param amounts - minor units of each entry's currency.
 */
export function sumInBase(amounts: Iterable<CurrencyAmount>, rates: ExchangeRates): { total: number; missingRates: string[] } {
  let total = 0;
  const missing = new Set<string>();
  for (const { currency, amount } of amounts) {
    const converted = toBaseCurrency(amount, currency, rates);
    if (converted === null) missing.add(currency);
    else total += converted;
  }
  return { total: Math.round(total), missingRates: [...missing].sort() };
}
