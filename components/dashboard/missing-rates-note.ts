/** The note under a money figure when some amounts had no exchange rate ("No exchange rate for GBP, USD: left out."), or null. */
export function missingRatesNote(missingRates: readonly string[]): string | null {
  return missingRates.length ? `No exchange rate for ${missingRates.join(", ")}: left out of the total (Settings → Revenue).` : null;
}
