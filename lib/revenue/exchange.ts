/**
 * Exchange rates an admin entered: one unit of a currency is worth `rate` units of the base
 * currency. The base currency itself is always 1.
 */
export type ExchangeRates = { base: string; rates: ReadonlyMap<string, number> };

/**
 * Converts an amount to the base currency, or null when no rate is known for `currency` (callers
 * leave such amounts out of totals and say which currencies lacked a rate).
 * @param amount - minor units of `currency`; the result is minor units of the base, not rounded.
 */
export function toBaseCurrency(amount: number, currency: string, { base, rates }: ExchangeRates): number | null {
  if (currency === base) return amount;
  const rate = rates.get(currency);
  return rate === undefined ? null : amount * rate;
}
